package io.praxis.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.notification.NotificationService;
import io.praxis.app.practice.AttemptMode;
import io.praxis.app.practice.AttemptReportView;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.review.ReviewService.ReviewSheet;
import io.praxis.app.shell.AccessDeniedView;
import io.praxis.app.shell.HomeView;
import io.praxis.app.shell.NotFoundView;
import io.praxis.scoring.grading.CriterionGrade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** What the learner sees of reviews: the mentor-review section, its history, and the bell. */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@WithMockUser(username = "sam@praxis.demo", roles = "LEARNER")
class ReviewLearnerViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PracticeService practice;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationService notifications;

    long sam() {
        return accounts.findByEmail(DemoData.LEARNER_2.email()).orElseThrow().getId();
    }

    long mentor() {
        return accounts.findByEmail(DemoData.MENTOR.email()).orElseThrow().getId();
    }

    AttemptView submit(String text) {
        AttemptView a = practice.startNew(sam(), ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        return practice.submit(sam(), a.id(), text);
    }

    @Test
    void aLearnerCannotOpenTheReviewScreens() {
        AttemptView own = submit(ReviewFixture.ANSWER);
        for (String route : new String[] {"review", "review/" + own.id(), "review/calibration"}) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as(route).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        }
    }

    @Test
    void theReportShowsTheMentorsReviewAndItsHistoryAsInertText() {
        AttemptView a = submit(ReviewFixture.ANSWER + " " + ReviewFixture.PAYLOAD);
        CriterionGrade c = a.report().criteria().getFirst();
        int changed = c.level() == 3 ? 1 : 3;
        ReviewSheet sheet = reviews.claim(mentor(), a.id());
        reviews.release(mentor(), a.id(), sheet.draft().withLevel(c.criterionId(), changed)
                .withComment(c.criterionId(), "First " + ReviewFixture.PAYLOAD)
                .withOverall("Overall " + ReviewFixture.PAYLOAD), sheet.reviewVersion());
        ReviewSheet amend = reviews.claim(mentor(), a.id());
        reviews.release(mentor(), a.id(), amend.draft().withComment(c.criterionId(), "Second thoughts"),
                amend.reviewVersion());

        navigate("practice/attempt/" + a.id(), AttemptReportView.class);
        Div section = $(Div.class).id("mentor-review");
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("Marco Mentor").contains("version 2 (amended)")
                .contains("grader " + c.level() + " → mentor " + changed).contains("Second thoughts")
                .contains("Overall <script>alert('x')</script>");
        assertThat($(Div.class).id("mentor-review-score").getElement().getTextRecursively()).endsWith("/100");
        String history = $(Div.class).id("review-history").getElement().getTextRecursively();
        assertThat(history).contains("Version 1").contains("First <script>alert('x')</script>")
                .contains("onerror=alert(1)");
        assertThat($(Div.class).id("answer-text").getElement().getTextRecursively()).contains("<script>");
        assertThat($(Html.class).all()).as("no raw HTML on the learner's report").isEmpty();
    }

    @Test
    void aSubmissionWithoutAReviewShowsNoMentorSection() {
        AttemptView a = submit(ReviewFixture.ANSWER);
        navigate("practice/attempt/" + a.id(), AttemptReportView.class);
        assertThat($(Div.class).withId("mentor-review").exists()).isFalse();
        reviews.claim(mentor(), a.id());
        navigate("practice/attempt/" + a.id(), AttemptReportView.class);
        assertThat($(Div.class).id("mentor-review").getElement().getTextRecursively())
                .contains("A mentor is reviewing your answer");
    }

    @Test
    void theBellCountsUnreadNotificationsAndTheListMarksThemRead() {
        notifications.markAllRead(sam());
        AttemptView a = submit(ReviewFixture.ANSWER);
        ReviewSheet sheet = reviews.claim(mentor(), a.id());
        reviews.release(mentor(), a.id(), sheet.draft().withOverall("Nice work."), sheet.reviewVersion());
        notifications.notify(sam(), "TEST", "Name " + ReviewFixture.PAYLOAD, null);

        navigate("", HomeView.class);
        Span count = $(Span.class).id("notification-count");
        assertThat(count.getText()).isEqualTo("2");
        assertThat(count.isVisible()).isTrue();

        test($(Button.class).id("notification-bell")).click();
        String list = $(Div.class).id("notification-list").getElement().getTextRecursively();
        assertThat(list).contains("Marco Mentor reviewed your answer").contains("Name <script>alert('x')</script>");
        assertThat(notifications.unreadCount(sam())).isZero();
        assertThat(count.isVisible()).as("no unread left").isFalse();
        assertThat($(Html.class).all()).isEmpty();

        navigate("practice/attempt/" + a.id(), AttemptReportView.class);
        assertThat($(Span.class).withId("notification-count").exists()).as("still none after navigating").isFalse();
        notifications.notify(sam(), "TEST", "another", null);
        navigate("practice/progress", io.praxis.app.practice.ProgressView.class);
        assertThat($(Span.class).id("notification-count").getText()).as("refreshed on navigation").isEqualTo("1");
    }
}
