package io.praxis.app.practice;

import io.praxis.app.account.Account;
import io.praxis.app.demo.DemoActivity;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo learner: two graded attempts at the spam case (a first try and a better retry, so
 * the trend and comparison have something to show) and one interview question. Runs first of the
 * demo activities, since the review demo reviews one of these attempts.
 */
@Component
@Order(1)
class PracticeDemoActivity implements DemoActivity {

    static final String FIRST_TRY = """
            I would build a machine learning classifier that flags spam messages. We can train it on the messages \
            people report as spam. I would measure accuracy and aim for a high number before launching it to \
            everyone. Spam is annoying and people will like the app more without it.""";

    static final String RETRY = """
            Spam on a messaging app hurts recipients who lose money to scams, and a wrongly hidden message from a \
            friend or a shop costs trust too, so the two kinds of error have different costs. I would score each \
            sender with a classifier that uses behaviour signals such as account age, sending rate and how often \
            recipients block them, because the chats are encrypted. Reports give labels, but they are noisy, so \
            reviewers should label a random sample each week and we keep a gold set for evaluation. Accuracy \
            would mislead us because spam is rare; I would set the spam-folder threshold for high precision and \
            show a warning banner in the uncertain band to keep recall up. I would track scam reports per million \
            messages and watch how often people rescue messages from the spam folder. Spammers adapt, so we \
            retrain often and check that errors do not fall unevenly on one country. I would launch in shadow \
            mode first, then run an A/B test on a small share of traffic with a rollback plan.""";

    static final String QUESTION_ANSWER = """
            To clarify the goal first: the sales VP wants to know whether the model finds the right leads. \
            Precision is the share of the leads we flag that really convert, and recall is the share of all \
            converting leads that we manage to flag. For example, if we flag 100 leads and 80 convert, precision \
            is 80 percent. The trade-off is that a lower threshold finds more good leads but wastes the team's \
            time on bad ones. I would recommend choosing the threshold from what a wasted call costs.""";

    private final PracticeService practice;

    PracticeDemoActivity(PracticeService practice) {
        this.practice = practice;
    }

    @Override
    public void seed(Account learner) {
        long id = learner.getId();
        if (!practice.attemptsOf(id).isEmpty()) {
            return;
        }
        submit(id, ItemType.CASE, "spam-detection", FIRST_TRY);
        submit(id, ItemType.CASE, "spam-detection", RETRY);
        if (practice.item(ItemType.QUESTION, "me-precision-recall-vp").isPresent()) {
            submit(id, ItemType.QUESTION, "me-precision-recall-vp", QUESTION_ANSWER);
        }
    }

    private void submit(long userId, ItemType type, String itemId, String text) {
        AttemptView a = practice.startNew(userId, type, itemId, AttemptMode.PRACTICE);
        practice.submit(userId, a.id(), text);
    }
}
