package io.praxis.app.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.shell.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@WithMockUser(username = "sam@praxis.demo", roles = "LEARNER")
@DirtiesContext
class PracticeViewsTest extends SpringBrowserlessTest {

    static final String PAYLOAD = "We must protect users. <script>alert('x')</script> <img src=x onerror=alert(1)> "
            + "<a href=\"javascript:alert(1)\">link</a> I would set a high precision threshold for the spam folder "
            + "because false positives hide real messages from friends, and show a warning banner otherwise.";

    @Autowired
    PracticeService practice;
    @Autowired
    AccountService accounts;

    long sam() {
        return accounts.findByEmail(DemoData.LEARNER_2.email()).orElseThrow().getId();
    }

    long learner() {
        return accounts.findByEmail(DemoData.LEARNER.email()).orElseThrow().getId();
    }

    @Test
    void writingSubmittingAndSeeingFeedback() {
        navigate("practice/case/ride-eta", AttemptPage.class);
        test($(Button.class).id("start-practice")).click();
        TextArea editor = $(TextArea.class).id("answer-editor");
        Button submit = $(Button.class).id("submit-answer");
        assertThat(submit.isEnabled()).as("an empty answer cannot be submitted").isFalse();
        assertThat(editor.getMaxLength()).isEqualTo(20_000);
        assertThat(editor.getHelperText()).contains("20,000");
        test(editor).setValue(PracticeDemoActivity.RETRY);
        assertThat($(Span.class).id("word-count").getText()).startsWith(
                PracticeDemoActivity.RETRY.split("\\s+").length + " words");
        assertThat(practice.openDraft(sam(), ItemType.CASE, "ride-eta")).get()
                .extracting(AttemptView::draftText).as("autosaved").isEqualTo(PracticeDemoActivity.RETRY);
        test(submit).click();
        assertThat(getCurrentView()).isInstanceOf(AttemptReportView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("overall-score").getElement().getTextRecursively())
                .matches("\\d+/100");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("model-answer").getText()).isNotBlank();
    }

    @Test
    void theModelAnswerIsHiddenBeforeSubmission() {
        navigate("practice/case/docs-assistant", AttemptPage.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withId("model-answer").exists()).isFalse();
    }

    @Test
    void answerMarkupIsShownAsTextNeverAsHtml() {
        AttemptView a = practice.startNew(sam(), ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        practice.submit(sam(), a.id(), PAYLOAD);
        navigate("practice/attempt/" + a.id(), AttemptReportView.class);
        String text = $(com.vaadin.flow.component.html.Div.class).id("answer-text").getElement().getTextRecursively();
        assertThat(text).contains("<script>alert('x')</script>").contains("onerror=alert(1)")
                .contains("javascript:alert(1)");
        assertThat($(Html.class, $(com.vaadin.flow.component.html.Div.class).id("answer-text")).all())
                .as("no raw HTML component holds the answer").isEmpty();
    }

    @Test
    void anotherLearnersAttemptIsNotFoundByUrl() {
        long other = practice.attemptsOf(learner()).stream().filter(a -> !a.isDraft()).findFirst().orElseThrow().id();
        navigate("practice/attempt/" + other, com.vaadin.flow.component.html.Div.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void progressShowsTrendAndWeakestSkillWithLessons() {
        for (String answer : new String[] {PracticeDemoActivity.FIRST_TRY, PracticeDemoActivity.RETRY}) {
            AttemptView a = practice.startNew(sam(), ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
            practice.submit(sam(), a.id(), answer);
        }
        navigate("practice/progress", ProgressView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("skills-verdict").getText())
                .contains("strongest").contains("weakest");
        assertThat(getCurrentView().getElement().toString()).contains("trend-chart").contains("<table");
    }
}
