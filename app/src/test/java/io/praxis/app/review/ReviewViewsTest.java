package io.praxis.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.notification.NotificationService;
import io.praxis.app.practice.AttemptMode;
import io.praxis.app.practice.AttemptStatus;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.review.ReviewService.ReleasedReview;
import io.praxis.app.review.ReviewService.ReviewSheet;
import io.praxis.app.shell.NotFoundView;
import io.praxis.scoring.grading.CriterionGrade;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The mentor's screens without a browser, as the demo mentor of the demo cohort. */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@WithMockUser(username = "mentor@praxis.demo", roles = "MENTOR")
class ReviewViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PracticeService practice;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    NotificationService notifications;

    long mentor() {
        return accounts.findByEmail(DemoData.MENTOR.email()).orElseThrow().getId();
    }

    long learner() {
        return accounts.findByEmail(DemoData.LEARNER_2.email()).orElseThrow().getId();
    }

    AttemptView submit(long learnerId, String text) {
        AttemptView a = practice.startNew(learnerId, ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        return practice.submit(learnerId, a.id(), text);
    }

    @Test
    void theQueueListsCohortSubmissionsAndClaimingOpensTheReviewScreen() {
        AttemptView a = submit(learner(), ReviewFixture.ANSWER);
        navigate("review", ReviewQueueView.class);
        Div row = $(Div.class).id("queue-row-" + a.id());
        assertThat(row.getElement().getTextRecursively()).contains("Sam Second").contains("Grader ")
                .contains("confidence");
        test($(Button.class).id("claim-" + a.id())).click();
        assertThat(getCurrentView()).isInstanceOf(ReviewView.class);
        assertThat(practice.forReview(a.id()).orElseThrow().status()).isEqualTo(AttemptStatus.IN_REVIEW);
        assertThat($(Button.class).id("release-claim").isVisible()).isTrue();
    }

    @Test
    void reviewingWithAChangedLevelAutosavesAndReleasesToTheLearner() {
        AttemptView a = submit(learner(), ReviewFixture.ANSWER);
        long unread = notifications.unreadCount(learner());
        navigate("review/" + a.id(), ReviewView.class);
        assertThat($(Button.class).withId("release-review").exists()).as("read-only before the claim").isFalse();
        test($(Button.class).id("claim-" + a.id())).click();

        CriterionGrade c = a.report().criteria().getFirst();
        int changed = c.level() == 3 ? 1 : 3;
        RadioButtonGroup<?> level = $(RadioButtonGroup.class).id("level-" + c.criterionId());
        assertThat(level.getValue()).as("starts at the grader's level").isEqualTo(c.level());
        test(level).selectItem(String.valueOf(changed));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("level-text-" + c.criterionId()).getText())
                .startsWith("Changed from the grader's " + c.level());
        test($(TextArea.class).id("comment-" + c.criterionId())).setValue("Say who is hurt by each error.");
        assertThat(reviews.open(mentor(), a.id()).draft().comment(c.criterionId())).as("autosaved")
                .isEqualTo("Say who is hurt by each error.");
        assertThat(reviews.open(mentor(), a.id()).draft().level(c.criterionId(), -1)).isEqualTo(changed);

        test($(Button.class).id("release-review")).click();
        assertThat($(TextArea.class).id("overall-comment").isInvalid()).as("the overall comment is required").isTrue();
        assertThat($(TextArea.class).id("overall-comment").getErrorMessage()).startsWith("Overall comment");
        assertThat(reviews.reviewsForLearner(learner(), a.id())).isEmpty();

        test($(TextArea.class).id("overall-comment")).setValue("Clear structure; make the costs concrete.");
        test($(Button.class).id("release-review")).click();
        ReleasedReview released = reviews.reviewsForLearner(learner(), a.id()).getFirst();
        assertThat(released.criteria().getFirst().mentorLevel()).isEqualTo(changed);
        assertThat(released.criteria().getFirst().comment()).isEqualTo("Say who is hurt by each error.");
        assertThat(practice.forReview(a.id()).orElseThrow().status()).isEqualTo(AttemptStatus.REVIEWED);
        assertThat(notifications.unreadCount(learner())).isEqualTo(unread + 1);
        assertThat($(Div.class).id("review-history").getElement().getTextRecursively()).contains("Version 1");
        assertThat($(Button.class).id("amend-review").isVisible()).isTrue();
    }

    @Test
    void aSubmissionOutsideTheMentorsCohortsIsNotFoundByUrl() {
        long stranger = accounts.create("stranger-" + UUID.randomUUID() + "@example.org", "Stan Stranger",
                ReviewFixture.PASSWORD, Role.LEARNER).getId();
        AttemptView far = submit(stranger, ReviewFixture.ANSWER);
        UI.getCurrent().navigate("review/" + far.id());
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("review/not-a-number");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("review", ReviewQueueView.class);
        assertThat($(Div.class).withId("queue-row-" + far.id()).exists()).isFalse();
        assertThat(practice.forReview(far.id()).orElseThrow().status()).isEqualTo(AttemptStatus.SUBMITTED);
    }

    @Test
    void answersAndCommentsCarryingMarkupAreInertTextOnTheReviewScreenAndCalibration() {
        // The payload first, so that the calibration page's excerpt of the answer includes it.
        AttemptView a = submit(learner(), ReviewFixture.PAYLOAD + " " + ReviewFixture.ANSWER);
        ReviewSheet sheet = reviews.claim(mentor(), a.id());
        ReviewDraft draft = sheet.draft().withOverall("Overall " + ReviewFixture.PAYLOAD);
        for (CriterionGrade c : a.report().criteria()) {
            draft = draft.withLevel(c.criterionId(), c.level() >= 2 ? 0 : 3)
                    .withComment(c.criterionId(), "Comment " + ReviewFixture.PAYLOAD);
        }
        reviews.release(mentor(), a.id(), draft, sheet.reviewVersion());
        reviews.saveToBank(mentor(), "Bank " + ReviewFixture.PAYLOAD);

        navigate("review/" + a.id(), ReviewView.class);
        String answer = $(Div.class).id("answer-text").getElement().getTextRecursively();
        assertThat(answer).contains("<script>alert('x')</script>").contains("onerror=alert(1)")
                .contains("javascript:alert(1)");
        String history = $(Div.class).id("review-history").getElement().getTextRecursively();
        assertThat(history).contains("Comment <script>alert('x')</script>").contains("Overall <script>alert('x')</script> <img src=x onerror=alert(1)>");
        assertThat($(Html.class).all()).as("no raw HTML anywhere on the review screen").isEmpty();

        test($(Button.class).id("amend-review")).click();
        assertThat($(TextArea.class).id("overall-comment").getValue()).contains("<script>");
        ComboBox<?> bank = $(ComboBox.class).id("comment-bank");
        assertThat(test(bank).getSuggestions()).anyMatch(s -> s.contains("<script>"));
        assertThat($(Html.class).all()).isEmpty();

        navigate("review/calibration", CalibrationView.class);
        String calibration = $(Div.class).id("disagreements").getElement().getTextRecursively();
        assertThat(calibration).contains("<script>alert('x')</script>");
        assertThat($(Html.class).all()).as("no raw HTML on the calibration page").isEmpty();
        assertThat(getCurrentView().getElement().toString()).contains("calibration-chart").contains("<table");
    }

    @Test
    void theCommentBankSavesTheFocusedCommentAndInsertsIntoAnother() {
        AttemptView a = submit(learner(), ReviewFixture.ANSWER);
        navigate("review/" + a.id(), ReviewView.class);
        test($(Button.class).id("claim-" + a.id())).click();
        CriterionGrade c = a.report().criteria().getFirst();
        String text = "Tie the metric to the user's harm " + UUID.randomUUID();
        TextArea comment = $(TextArea.class).id("comment-" + c.criterionId());
        focus(comment);
        test(comment).setValue(text);
        test($(Button.class).id("save-to-bank")).click();
        assertThat(reviews.commentBank(mentor())).extracting(ReviewService.BankComment::text).contains(text);

        TextArea overall = $(TextArea.class).id("overall-comment");
        focus(overall);
        assertThat($(com.vaadin.flow.component.html.Span.class).id("bank-target").getText()).contains("Overall");
        test($(ComboBox.class).id("comment-bank")).selectItem(text);
        assertThat(overall.getValue()).isEqualTo(text);
        assertThat(reviews.open(mentor(), a.id()).draft().overall()).as("inserting saves").isEqualTo(text);
    }

    @Test
    void aChangeMadeElsewhereIsReportedAndNeverOverwrittenSilently() {
        AttemptView a = submit(learner(), ReviewFixture.ANSWER);
        navigate("review/" + a.id(), ReviewView.class);
        test($(Button.class).id("claim-" + a.id())).click();
        // Another tab of the same mentor saves first.
        ReviewSheet other = reviews.open(mentor(), a.id());
        reviews.saveDraft(mentor(), a.id(), other.draft().withOverall("saved in the other tab"), other.reviewVersion());

        test($(TextArea.class).id("overall-comment")).setValue("typed in this tab");
        Dialog conflict = $(Dialog.class).id("review-conflict");
        assertThat(conflict.isOpened()).isTrue();
        assertThat($(TextArea.class).id("conflict-unsaved").getValue()).contains("typed in this tab");
        assertThat(reviews.open(mentor(), a.id()).draft().overall()).isEqualTo("saved in the other tab");

        test($(Button.class).id("conflict-keep")).click();
        assertThat(reviews.open(mentor(), a.id()).draft().overall()).as("kept only after the mentor chose to")
                .isEqualTo("typed in this tab");
    }

    @Test
    void anotherMentorsLiveClaimMakesTheScreenReadOnly() {
        long colleague = accounts.create("colleague-" + UUID.randomUUID() + "@example.org", "Cleo Colleague",
                ReviewFixture.PASSWORD, Role.MENTOR).getId();
        cohorts.enrol(cohorts.findByName(DemoData.COHORT).orElseThrow().getId(), colleague);
        AttemptView a = submit(learner(), ReviewFixture.ANSWER);
        reviews.claim(colleague, a.id());
        navigate("review/" + a.id(), ReviewView.class);
        assertThat($(Div.class).id("claim-bar").getElement().getTextRecursively()).contains("Cleo Colleague");
        assertThat($(Button.class).withId("release-review").exists()).isFalse();
        assertThat($(Button.class).withId("claim-" + a.id()).exists()).isFalse();
        assertThat($(TextArea.class).id("overall-comment").isReadOnly()).isTrue();
        navigate("review", ReviewQueueView.class);
        assertThat($(Div.class).id("queue-row-" + a.id()).getElement().getTextRecursively())
                .contains("Cleo Colleague is reviewing");
        assertThat($(Button.class).withId("claim-" + a.id()).exists()).isFalse();
    }

    @Test
    void theSideNavigationOffersTheQueueAndCalibrationToMentors() {
        navigate("", io.praxis.app.shell.HomeView.class);
        var items = $(com.vaadin.flow.component.sidenav.SideNavItem.class).all().stream()
                .map(i -> i.getId().orElse("") + "=" + i.getPath() + "=" + i.getLabel()).toList();
        assertThat(items).as(items.toString()).anyMatch(i -> i.contains("Review queue"))
                .anyMatch(i -> i.contains("Calibration"));
    }

    private static void focus(TextArea field) {
        ComponentUtil.fireEvent(field, new FocusNotifier.FocusEvent<>(field, true));
    }
}
