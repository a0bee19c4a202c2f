package io.praxis.app.search;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SearchMissRepository extends JpaRepository<SearchMiss, String> {

    List<SearchMiss> findAllByOrderByMissCountDescLastSeenAtDesc(Pageable page);
}
