package io.praxis.app.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTaskStateRepository extends JpaRepository<PlanTaskState, PlanTaskState.Key> {

    List<PlanTaskState> findByKeyUserId(Long userId);
}
