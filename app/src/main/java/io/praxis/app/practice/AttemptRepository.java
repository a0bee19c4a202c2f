package io.praxis.app.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByUserIdOrderByCreatedAtAsc(Long userId);

    List<Attempt> findByUserIdAndItemTypeAndItemIdOrderByCreatedAtAsc(Long userId, ItemType type, String itemId);

    Optional<Attempt> findFirstByUserIdAndItemTypeAndItemIdAndStatusOrderByCreatedAtDesc(Long userId, ItemType type,
            String itemId, AttemptStatus status);

    List<Attempt> findByStatusInOrderBySubmittedAtAsc(List<AttemptStatus> statuses);

    List<Attempt> findByUserIdInAndStatusInOrderBySubmittedAtAsc(java.util.Collection<Long> userIds,
            List<AttemptStatus> statuses);
}
