package io.praxis.app.plan;

import io.praxis.app.account.Account;
import io.praxis.app.demo.DemoActivity;
import org.springframework.stereotype.Component;

/**
 * Demo learner: a few week-1 and week-2 tasks ticked, one with a reflection, so that the plan
 * shows done, late and due tasks side by side (the demo cohort started three weeks ago).
 * Tasks whose linked lessons the study demo completed tick themselves on the first view.
 */
@Component
class PlanDemoActivity implements DemoActivity {

    static final String REFLECTION = "Two sentences per term was harder than expected: I could not explain "
            + "inference without mentioning training, so that went into the journal as a question.";

    private final PlanService plans;

    PlanDemoActivity(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void seed(Account learner) {
        long id = learner.getId();
        // Seeded once: a start with the task already done (or no plan, or no such task) adds nothing.
        if (plans.plan(id).flatMap(p -> p.task("w01-vocabulary")).map(TaskProgress::done).orElse(true)) {
            return;
        }
        plans.check(id, "w01-vocabulary", REFLECTION);
        plans.check(id, "w01-start-journal", null);
        plans.check(id, "w02-break-a-model", null);
    }
}
