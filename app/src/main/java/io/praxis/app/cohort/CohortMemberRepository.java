package io.praxis.app.cohort;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CohortMemberRepository extends JpaRepository<CohortMember, CohortMember.Key> {

    List<CohortMember> findByKeyCohortId(Long cohortId);

    List<CohortMember> findByKeyUserId(Long userId);

    long countByKeyCohortId(Long cohortId);

    /** Every membership of these accounts with its cohort: rows of {@code [Long userId, Cohort cohort]}. */
    @Query("select m.key.userId, c from CohortMember m join Cohort c on c.id = m.key.cohortId "
            + "where m.key.userId in :userIds")
    List<Object[]> cohortsOfUsers(@Param("userIds") Collection<Long> userIds);
}
