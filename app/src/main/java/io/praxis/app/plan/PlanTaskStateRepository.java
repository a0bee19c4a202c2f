package io.praxis.app.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTaskStateRepository extends JpaRepository<PlanTaskState, PlanTaskState.Key> {

    List<PlanTaskState> findByKeyUserId(Long userId);

    List<PlanTaskState> findByKeyUserIdIn(Collection<Long> userIds);
}
