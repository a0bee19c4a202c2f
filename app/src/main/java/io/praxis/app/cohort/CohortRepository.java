package io.praxis.app.cohort;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    Optional<Cohort> findByName(String name);

    List<Cohort> findAllByOrderByStartDateDescIdAsc();
}
