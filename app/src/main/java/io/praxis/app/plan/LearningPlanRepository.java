package io.praxis.app.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearningPlanRepository extends JpaRepository<LearningPlan, Long> {
}
