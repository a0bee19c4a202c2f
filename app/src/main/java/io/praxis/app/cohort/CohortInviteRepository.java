package io.praxis.app.cohort;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CohortInviteRepository extends JpaRepository<CohortInvite, Long> {

    Optional<CohortInvite> findByCode(String code);

    List<CohortInvite> findByCohortIdOrderByCreatedAtDescIdDesc(Long cohortId);

    /** Counts one sign-up in the database, so that a class signing up at once does not collide. */
    @Modifying
    @Query("update CohortInvite i set i.useCount = i.useCount + 1 where i.id = :id")
    int countUse(@Param("id") long id);
}
