package io.praxis.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.study.StudyService;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The plan page without a browser, as a learner enrolled in the demo cohort today (so a late
 * joiner: the cohort started three weeks ago) and as a learner outside any cohort. Both are
 * accounts of this test only, so the demo learners' plans stay as they are.
 */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@WithMockUser(username = PlanViewsTest.VIEWER, roles = "LEARNER")
class PlanViewsTest extends SpringBrowserlessTest {

    static final String VIEWER = "plan.viewer@example.org";
    static final String SOLO = "plan.solo@example.org";

    @Autowired
    PlanService plans;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    StudyService study;

    long viewer;

    @BeforeEach
    void accounts() {
        viewer = accounts.findByEmail(VIEWER).orElseGet(() -> accounts.create(VIEWER, "Vera Viewer",
                "long enough password", Role.LEARNER)).getId();
        cohorts.enrol(cohorts.findByName(DemoData.COHORT).orElseThrow().getId(), viewer);
        accounts.findByEmail(SOLO).orElseGet(() -> accounts.create(SOLO, "Solo Learner", "long enough password",
                Role.LEARNER));
    }

    void open(String query) {
        UI.getCurrent().navigate("plan", QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(PlanPage.class);
    }

    int shownWeek() {
        return Integer.parseInt($(Div.class).id("plan-week").getElement().getAttribute("data-week"));
    }

    @Test
    void theWeekViewShowsThisWeeksTasksAndTheOverviewAllThirteenWeeks() {
        navigate("plan", PlanPage.class);
        assertThat(shownWeek()).as("the demo cohort started three weeks ago").isEqualTo(4);
        assertThat($(Div.class).id("plan-week").getElement().getTextRecursively()).startsWith("← Week 3")
                .contains("This week: Errors, metrics and a finished teardown");
        assertThat($(Checkbox.class).id("task-w04-finish-teardown-check").getLabel())
                .isEqualTo("Finish the teardown and share it");
        Anchor lesson = $(Anchor.class).id("task-w04-confusion-matrix-lesson-confusion-matrix-metrics");
        assertThat(lesson.getHref()).isEqualTo("/study/confusion-matrix-metrics");
        assertThat($(Anchor.class).id("task-w04-confusion-matrix-calculator-confusion").getHref())
                .isEqualTo("/calculators/confusion");
        assertThat($(Span.class).id("task-w04-spam-case-auto").getText()).contains("submit an answer to the case");
        IntStream.rangeClosed(1, 13).forEach(w -> assertThat($(Div.class).id("plan-overview-week-" + w)).isNotNull());
        assertThat($(Div.class).id("plan-overview-week-4").getElement().getAttribute("data-status"))
                .isIn("current", "done");
        assertThat($(Div.class).id("plan-overview-week-9").getElement().getAttribute("data-status"))
                .isEqualTo("upcoming");
        assertThat($(Div.class).id("plan-overview").getElement().getTextRecursively())
                .contains("Month 1: foundations", "Month 2: application", "Month 3: network and experience");
    }

    @Test
    void aLateJoinerIsToldWhichWeeksWereOverAndSeesThemLate() {
        navigate("plan", PlanPage.class);
        assertThat($(Paragraph.class).id("plan-late-join").getText()).contains("in week 4")
                .contains("Weeks 1 to 3 were already over");
        assertThat($(Div.class).id("plan-overview-week-1").getElement().getAttribute("data-status")).isEqualTo("late");
        Div pace = $(Div.class).id("plan-pace");
        assertThat(pace.getElement().getAttribute("data-pace")).isEqualTo("behind");
        assertThat($(Span.class).id("plan-pace-text").getText()).startsWith("Behind by").contains("due by today");
    }

    @Test
    void checkingOffATaskWithAReflectionStoresBoth() {
        navigate("plan", PlanPage.class);
        test($(TextArea.class).id("task-w04-finish-teardown-reflection"))
                .setValue("Shared it with Ana; she asked which error costs more.");
        test($(Checkbox.class).id("task-w04-finish-teardown-check")).click();
        TaskProgress t = plans.plan(viewer).orElseThrow().task("w04-finish-teardown").orElseThrow();
        assertThat(t.done()).isTrue();
        assertThat(t.reflection()).isEqualTo("Shared it with Ana; she asked which error costs more.");
        assertThat($(Span.class).id("task-w04-finish-teardown-status").getText()).startsWith("Done on");
        assertThat($(Checkbox.class).id("task-w04-finish-teardown-check").getValue()).isTrue();
        assertThat($(TextArea.class).id("task-w04-finish-teardown-reflection").getValue()).startsWith("Shared it");
    }

    @Test
    void aReflectionIsSavedEvenBeforeTheTaskIsDone() {
        navigate("plan", PlanPage.class);
        TextArea reflection = $(TextArea.class).id("task-w04-month-one-checkpoint-reflection");
        test(reflection).setValue("I still mix up the signals and the labels.");
        assertThat(reflection.getHelperText()).isEqualTo("Saved");
        assertThat(plans.plan(viewer).orElseThrow().task("w04-month-one-checkpoint").orElseThrow().reflection())
                .isEqualTo("I still mix up the signals and the labels.");
    }

    @Test
    void reschedulingMovesATaskToAnotherWeek() {
        navigate("plan", PlanPage.class);
        Select<Integer> week = $(Select.class).id("task-w04-spam-case-week");
        String label = test(week).getSuggestions().stream().filter(s -> s.startsWith("Week 6 ")).findFirst()
                .orElseThrow();
        test(week).selectItem(label);
        assertThat($(Div.class).withId("task-w04-spam-case").exists()).as("gone from week 4").isFalse();
        open("week=6");
        assertThat(shownWeek()).isEqualTo(6);
        assertThat($(Span.class).id("task-w04-spam-case-status").getText()).contains("moved from week 4");
        plans.reschedule(viewer, "w04-spam-case", 4);
    }

    @Test
    void aLinkedLessonCompletedElsewhereShowsTheTaskTickedAutomatically() {
        study.complete(viewer, "confusion-matrix-metrics");
        navigate("plan", PlanPage.class);
        Checkbox check = $(Checkbox.class).id("task-w04-confusion-matrix-check");
        assertThat(check.getValue()).isTrue();
        assertThat(check.isReadOnly()).as("an auto-ticked task is not unticked by hand").isTrue();
        assertThat($(Span.class).id("task-w04-confusion-matrix-status").getText()).startsWith("Done automatically");
    }

    @Test
    void anotherWeekCanBeOpenedByItsNumber() {
        open("week=13");
        assertThat(shownWeek()).isEqualTo(13);
        assertThat($(Anchor.class).withId("plan-week-next").exists()).isFalse();
        open("week=99");
        assertThat(shownWeek()).as("an impossible week falls back to this week").isEqualTo(4);
    }

    @Test
    @WithMockUser(username = SOLO, roles = "LEARNER")
    void aLearnerOutsideACohortChoosesTheirStart() {
        navigate("plan", PlanPage.class);
        assertThat($(Div.class).id("plan-start-card")).isNotNull();
        DatePicker start = $(DatePicker.class).id("plan-start");
        test(start).setValue(LocalDate.now().plusYears(3));
        test($(Button.class).id("plan-start-save")).click();
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).startsWith("Start date:");
        test(start).setValue(plans.today(accounts.findByEmail(SOLO).orElseThrow().getId()).minusDays(8));
        test($(Button.class).id("plan-start-save")).click();
        assertThat(shownWeek()).isEqualTo(2);
        assertThat($(Paragraph.class).id("plan-summary").getText()).contains("dated from the start you chose");
        assertThat($(Paragraph.class).withId("plan-late-join").exists()).isFalse();
    }
}
