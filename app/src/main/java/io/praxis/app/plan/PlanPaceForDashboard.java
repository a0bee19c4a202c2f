package io.praxis.app.plan;

import io.praxis.app.dashboard.PlanPace;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Feeds each learner's plan pace into the dashboard's "behind the cohort's pace" signal. */
@Component
class PlanPaceForDashboard implements PlanPace {

    private final PlanService plans;

    PlanPaceForDashboard(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<PlanPace.Pace> pace(long learnerId, LocalDate today) {
        return plans.pace(learnerId, today).map(p -> new PlanPace.Pace(p.due(), p.done(), p.total()));
    }
}
