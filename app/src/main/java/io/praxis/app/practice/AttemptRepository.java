package io.praxis.app.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByUserIdOrderByCreatedAtAsc(Long userId);

    List<Attempt> findByUserIdAndItemTypeAndItemIdOrderByCreatedAtAsc(Long userId, ItemType type, String itemId);

    Optional<Attempt> findFirstByUserIdAndItemTypeAndItemIdAndStatusOrderByCreatedAtDesc(Long userId, ItemType type,
            String itemId, AttemptStatus status);

    List<Attempt> findByStatusInOrderBySubmittedAtAsc(List<AttemptStatus> statuses);

    List<Attempt> findByUserIdInAndStatusInOrderBySubmittedAtAsc(java.util.Collection<Long> userIds,
            List<AttemptStatus> statuses);

    /** Submission times of the given learners' attempts in these statuses, reading no answer or grade. */
    @Query("select new io.praxis.app.practice.SubmissionTime(a.id, a.userId, a.itemType, a.itemId, a.submittedAt) "
            + "from Attempt a where a.userId in :userIds and a.status in :statuses and a.submittedAt is not null "
            + "order by a.submittedAt, a.id")
    List<SubmissionTime> submissionTimes(@Param("userIds") Collection<Long> userIds,
            @Param("statuses") Collection<AttemptStatus> statuses);
}
