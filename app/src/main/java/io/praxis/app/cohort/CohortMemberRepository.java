package io.praxis.app.cohort;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CohortMemberRepository extends JpaRepository<CohortMember, CohortMember.Key> {

    List<CohortMember> findByKeyCohortId(Long cohortId);

    List<CohortMember> findByKeyUserId(Long userId);

    long countByKeyCohortId(Long cohortId);
}
