package io.praxis.app.plan;

import io.praxis.app.dashboard.PlanPace;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 90-day plan's pace as the cohort dashboard reads it ({@link PlanPace}), so that "behind
 * the pace" means "more due plan tasks not done than the dashboard tolerates".
 *
 * <p>For each learner, on the dashboard's date {@code today}: {@code tasksDue} counts the
 * plan's tasks whose due date (the last day of the week they are scheduled in now) is before
 * {@code today}, {@code tasksDone} those completed on or before {@code today} in any week
 * (working ahead counts), {@code tasksTotal} every task of the plan. These are the numbers of
 * {@link PlanService#pace} and of the learner's own plan page on the same date; the dashboard
 * takes that date in the server's zone, the plan page in the learner's, so around midnight the
 * two can be a day apart. They include tasks whose linked
 * lesson, module or case is done but that were not ticked yet (they count, without being
 * stored: this adapter never writes). A late joiner's plan starts on the cohort's start, so
 * the weeks that were over before they joined count as due and they show as behind until they
 * catch up. A learner without a plan (in no cohort and no start chosen) has no pace: empty, or
 * absent from {@link #paces}; the dashboard then falls back to the cohort's linear lesson pace.
 *
 * <p>{@link #paces} reads any number of learners in a fixed number of queries (see
 * {@link PlanService#paces}); {@link #pace} is the same for one learner.
 */
@Component
@Transactional(readOnly = true)
class DashboardPlanPace implements PlanPace {

    private final PlanService plans;

    DashboardPlanPace(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<PlanPace.Pace> pace(long learnerId, LocalDate today) {
        return Optional.ofNullable(paces(List.of(learnerId), today).get(learnerId));
    }

    @Override
    public Map<Long, PlanPace.Pace> paces(Collection<Long> learnerIds, LocalDate today) {
        Map<Long, PlanPace.Pace> out = new LinkedHashMap<>();
        plans.paces(learnerIds, today).forEach((id, p) -> out.put(id, of(p)));
        return out;
    }

    /** The plan's pace in the dashboard's terms. */
    static PlanPace.Pace of(io.praxis.app.plan.Pace pace) {
        return new PlanPace.Pace(pace.due(), pace.done(), pace.total());
    }
}
