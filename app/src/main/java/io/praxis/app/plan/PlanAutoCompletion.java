package io.praxis.app.plan;

import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.study.StudyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ticks plan tasks as soon as the linked work is done: a lesson completed, a case answer
 * submitted. Runs after the study or practice transaction has committed, in its own
 * transaction, so a problem here can never undo the learner's lesson or answer; if it fails,
 * the recompute on the next plan view catches up.
 */
@Component
class PlanAutoCompletion {

    private static final Logger log = LoggerFactory.getLogger(PlanAutoCompletion.class);

    private final PlanService plans;

    PlanAutoCompletion(PlanService plans) {
        this.plans = plans;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void lessonCompleted(StudyService.LessonCompleted event) {
        recompute(event.userId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void attemptSubmitted(PracticeService.AttemptSubmitted event) {
        if (event.type() == ItemType.CASE) {
            recompute(event.userId());
        }
    }

    private void recompute(long userId) {
        try {
            int ticked = plans.recomputeInOwnTransaction(userId);
            if (ticked > 0) {
                log.info("event=plan-auto-complete user={} tasks={}", userId, ticked);
            }
        } catch (RuntimeException e) {
            log.warn("event=plan-auto-complete-failed user={} error=\"{}\"", userId, e.toString());
        }
    }
}
