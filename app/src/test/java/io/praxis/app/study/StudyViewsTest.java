package io.praxis.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@WithMockUser(username = "sam@praxis.demo", roles = "LEARNER")
@DirtiesContext
class StudyViewsTest extends SpringBrowserlessTest {

    @Autowired
    StudyService study;
    @Autowired
    AccountService accounts;

    long sam() {
        return accounts.findByEmail(DemoData.LEARNER_2.email()).orElseThrow().getId();
    }

    @Test
    void markingALessonCompleteIsStoredAndShownInTheCatalog() {
        navigate("study/confusion-matrix-metrics", LessonView.class);
        Button complete = $(Button.class).id("mark-complete");
        assertThat(complete.getText()).isEqualTo("Mark complete");
        test(complete).click();
        assertThat(study.isComplete(sam(), "confusion-matrix-metrics")).isTrue();
        assertThat(complete.getText()).startsWith("Completed");

        navigate("study", CatalogView.class);
        Span count = $(Span.class).id("progress-text-metrics-evaluation");
        assertThat(count.getText()).startsWith("1 of ");
    }

    @Test
    void openingALessonMakesItTheOneToContinue() {
        navigate("study/rag-vs-fine-tuning", LessonView.class);
        assertThat(study.continueWith(sam())).get().extracting(l -> l.id()).isEqualTo("rag-vs-fine-tuning");
    }

    @Test
    void unknownLessonIsNotFound() {
        navigate("study/no-such-lesson", com.vaadin.flow.component.html.Div.class);
        assertThat(getCurrentView()).isInstanceOf(io.praxis.app.shell.NotFoundView.class);
    }

    @Test
    void lessonPageHasTableOfContentsRelatedCalculatorAndSources() {
        LessonView view = navigate("study/thresholds-roc-auc", LessonView.class);
        assertThat(view.getElement().toString()).contains("toc").contains("calculator-link-threshold");
    }
}
