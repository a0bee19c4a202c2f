package io.praxis.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import io.praxis.app.MutableClock;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.demo.DemoData;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.shell.AccessDeniedView;
import io.praxis.app.shell.NotFoundView;
import io.praxis.app.study.StudyService;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard pages without a browser: what each role sees, what they may not open by URL,
 * and that names carrying markup stay text.
 */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@Import(DashboardTestConfig.class)
class DashboardViewsTest extends SpringBrowserlessTest {

    static final String PAYLOAD = "<img src=x onerror=alert(1)><script>alert('x')</script>"
            + "<a href=\"javascript:alert(2)\">Eve</a>";

    /** A mentor who belongs to another cohort than the demo one; created on first use. */
    static final String OUTSIDER = "outsider-mentor@dashboard.test";

    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    StudyService study;
    @Autowired
    PracticeService practice;
    @Autowired
    MutableClock clock;

    DashboardFixture fixture;

    @BeforeEach
    void setUp() {
        clock.set(DashboardTestConfig.START);
        fixture = new DashboardFixture(accounts, cohorts, study, practice);
    }

    long demoCohort() {
        return cohorts.findByName(DemoData.COHORT).orElseThrow().getId();
    }

    long id(DemoData.DemoAccount account) {
        return accounts.findByEmail(account.email()).orElseThrow().getId();
    }

    String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    // ---- admin ------------------------------------------------------------------------------------

    @Test
    @WithMockUser(username = "admin@praxis.demo", roles = "ADMIN")
    void theAdminSeesTheDemoLearnersProgressChartsAndExports() {
        navigate("dashboard/" + demoCohort(), DashboardView.class);
        assertThat($(H1.class).id("dashboard-title").getText()).isEqualTo(DemoData.COHORT);
        var heatmap = test(heatmap());
        int lessons = study.curriculum().lessons().size();
        int lena = rowOf(heatmap, id(DemoData.LEARNER));
        assertThat(heatmap.getLitRendererPropertyValue(lena, "learner", "name", String.class))
                .isEqualTo(DemoData.LEARNER.name());
        assertThat(heatmap.getCellText(lena, heatmap.getColumnPosition("all"))).as("three lessons completed")
                .isEqualTo("3/" + lessons);
        String firstModule = study.curriculum().modules().getFirst().id();
        assertThat(heatmap.getCellText(lena, heatmap.getColumnPosition("module-" + firstModule)))
                .isEqualTo("3/" + study.curriculum().lessonsOf(firstModule).size());
        assertThat(heatmap.getCellText(rowOf(heatmap, id(DemoData.LEARNER_2)), heatmap.getColumnPosition("all")))
                .isEqualTo("0/" + lessons);
        assertThat(heatmap().getColumnByKey("all").getPartNameGenerator().apply(heatmap.getRow(lena)))
                .isEqualTo("heat heat-1");

        for (String chart : List.of("weekly-lessons", "criterion-averages")) {
            assertThat($(Div.class).id(chart + "-figure").getElement().toString()).as(chart).contains("<svg");
            assertThat($(NativeTable.class).id(chart + "-table").getElement().getTextRecursively()).isNotBlank();
        }
        assertThat(text($(NativeTable.class).id("criterion-averages-table"))).contains("Risks, ethics and governance");
        assertThat(text($(NativeTable.class).id("case-attempts"))).contains("Spam");
        // The demo mentor released a review of the demo learner's first answer (at start-up, so within minutes).
        assertThat($(Paragraph.class).id("review-turnaround").getText())
                .matches("Median review turnaround: \\d+ min from submission to released review\\.");
        assertThat(text($(Paragraph.class).id("pace-rule"))).contains("Pace: the learner's 90-day plan.");
        assertThat(atRisk().getListDataView().getItems().map(CohortDashboard.AtRiskLearner::name))
                .contains(DemoData.LEARNER_2.name());
        for (String export : List.of("export-progress", "export-scores")) {
            Anchor a = $(Anchor.class).id(export);
            assertThat(a.getHref()).as(export).isNotBlank();
            assertThat(a.getElement().hasAttribute("download")).isTrue();
        }
    }

    @Test
    @WithMockUser(username = "admin@praxis.demo", roles = "ADMIN")
    void theIndexListsEveryCohortForTheAdmin() {
        Cohort other = fixture.cohort(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1));
        navigate("dashboard", DashboardIndexView.class);
        assertThat($(Anchor.class).id("dashboard-cohort-" + demoCohort()).getText()).isEqualTo(DemoData.COHORT);
        assertThat($(Anchor.class).id("dashboard-cohort-" + other.getId()).getHref())
                .isEqualTo("dashboard/" + other.getId());
    }

    @Test
    @WithMockUser(username = "admin@praxis.demo", roles = "ADMIN")
    void aLearnerPageShowsProgressAttemptsReviewsAndPlanPace() {
        navigate("learners/" + id(DemoData.LEARNER), LearnerDetailView.class);
        assertThat($(H1.class).id("learner-name").getText()).isEqualTo(DemoData.LEARNER.name());
        assertThat($(Paragraph.class).id("learner-progress-total").getText())
                .isEqualTo("3 of " + study.curriculum().lessons().size() + " lessons completed.");
        NativeTable attempts = $(NativeTable.class).id("learner-attempts");
        assertThat(attempts.getBody().getRows()).hasSize(practice.attemptsOf(id(DemoData.LEARNER)).stream()
                .filter(a -> !a.isDraft()).toList().size());
        assertThat(attempts.getElement().toString()).as("no links to the learner's own pages")
                .doesNotContain("<a ");
        assertThat(text($(NativeTable.class).id("learner-reviews-table"))).contains(DemoData.MENTOR.name())
                .contains("Spam");
        assertThat($(Paragraph.class).id("learner-plan-pace").getText())
                .matches("(Behind by \\d+ tasks?|Ahead by \\d+ tasks?|On track): \\d+ done, \\d+ due by today, "
                        + "\\d+ in the plan\\.");
        assertThat($(Anchor.class).id("learner-cohort-link").getHref()).isEqualTo("dashboard/" + demoCohort());
        assertThat($(Div.class).id("learner-progress-figure").getElement().toString()).contains("<svg");
    }

    @Test
    @WithMockUser(username = "admin@praxis.demo", roles = "ADMIN")
    void namesWithMarkupAreShownAsText() {
        Cohort cohort = fixture.cohort(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 1));
        Account eve = fixture.learnerIn(cohort, PAYLOAD);

        DashboardView dashboard = navigate("dashboard/" + cohort.getId(), DashboardView.class);
        // The grids hand the name to Lit as data, bound as text (the browser journey checks the result).
        var heatmap = test(heatmap());
        assertThat(heatmap.getLitRendererPropertyValue(rowOf(heatmap, eve.getId()), "learner", "name", String.class))
                .isEqualTo(PAYLOAD);
        assertThat(atRisk().getListDataView().getItems().map(CohortDashboard.AtRiskLearner::name))
                .as("she never did anything").containsExactly(PAYLOAD);
        assertInert(dashboard);

        LearnerDetailView detail = navigate("learners/" + eve.getId(), LearnerDetailView.class);
        assertThat($(H1.class).id("learner-name").getText()).isEqualTo(PAYLOAD);
        assertInert(detail);
        assertThat(detail.getElement().getOuterHTML()).as("the heading holds the name as escaped text")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;");
    }

    @SuppressWarnings("unchecked")
    Grid<CohortDashboard.LearnerRow> heatmap() {
        return $(Grid.class).id("progress-heatmap-table");
    }

    @SuppressWarnings("unchecked")
    Grid<CohortDashboard.AtRiskLearner> atRisk() {
        return $(Grid.class).id("at-risk-table");
    }

    static int rowOf(GridTester<Grid<CohortDashboard.LearnerRow>, CohortDashboard.LearnerRow> grid, long learnerId) {
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id() == learnerId).findFirst()
                .orElseThrow();
    }

    private void assertInert(Component view) {
        assertThat($(Html.class).all()).as("no raw HTML component on the page").isEmpty();
        String html = view.getElement().getOuterHTML();
        assertThat(html).doesNotContain("<script>").doesNotContain("<img src=x")
                .doesNotContainPattern("<a\\s[^>]*href=\"javascript:");
    }

    @Test
    @WithMockUser(username = "admin@praxis.demo", roles = "ADMIN")
    void withoutAReleasedReviewTheTurnaroundSaysSoAndALearnerWithoutPlanHasNone() {
        Cohort cohort = fixture.cohort(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 1));
        Account ada = fixture.learnerIn(cohort, "Ada Waiting");
        fixture.submit(ada, "spam-detection", DashboardFixture.POOR_ANSWER);
        navigate("dashboard/" + cohort.getId(), DashboardView.class);
        assertThat($(Paragraph.class).id("review-turnaround").getText())
                .isEqualTo("Median review turnaround: no review released yet.");

        // In no cohort and no start chosen: no plan (an admin may still open the learner).
        Account loner = fixture.account(Role.LEARNER, "Lone Learner");
        navigate("learners/" + loner.getId(), LearnerDetailView.class);
        assertThat(text($(Div.class).id("learner-plan"))).contains("This learner has no plan yet.");
        assertThat(text($(Div.class).id("learner-reviews"))).contains("No review has been released");
    }

    @Test
    @WithMockUser(username = "admin@praxis.demo", roles = "ADMIN")
    void anEmptyCohortSaysWhatWillAppearAndBadIdsAreNotFound() {
        Cohort empty = fixture.cohort(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1));
        navigate("dashboard/" + empty.getId(), DashboardView.class);
        assertThat(text(getCurrentView().getElement().getComponent().orElseThrow()))
                .contains("No learner in this cohort yet");
        navigate("dashboard/not-a-number", Div.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("learners/" + id(DemoData.MENTOR), Div.class);
        assertThat(getCurrentView()).as("a mentor is not a learner").isInstanceOf(NotFoundView.class);
    }

    // ---- mentors ----------------------------------------------------------------------------------

    @Test
    @WithMockUser(username = "mentor@praxis.demo", roles = "MENTOR")
    void theCohortsMentorOpensItsDashboardAndLearners() {
        navigate("dashboard", DashboardIndexView.class);
        assertThat($(Anchor.class).id("dashboard-cohort-" + demoCohort()).getText()).isEqualTo(DemoData.COHORT);
        navigate("dashboard/" + demoCohort(), DashboardView.class);
        navigate("learners/" + id(DemoData.LEARNER_2), LearnerDetailView.class);
    }

    @Test
    @WithMockUser(username = OUTSIDER, roles = "MENTOR")
    void aMentorOfAnotherCohortIsRefusedByUrl() {
        if (accounts.findByEmail(OUTSIDER).isEmpty()) {
            Account outsider = accounts.create(OUTSIDER, "Olga Outsider", DashboardFixture.PASSWORD, Role.MENTOR);
            cohorts.enrol(fixture.cohort(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1)).getId(),
                    outsider.getId());
        }
        navigate("dashboard", DashboardIndexView.class);
        assertThat($(Anchor.class).withId("dashboard-cohort-" + demoCohort()).exists()).isFalse();

        navigate("dashboard/" + demoCohort(), Div.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("learners/" + id(DemoData.LEARNER), Div.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    // ---- learners ---------------------------------------------------------------------------------

    @Test
    @WithMockUser(username = "learner@praxis.demo", roles = "LEARNER")
    void aLearnerOpensNoDashboardAndNoLearnerPageNotEvenTheirOwn() {
        for (String url : List.of("dashboard", "dashboard/" + demoCohort(), "learners/" + id(DemoData.LEARNER_2),
                "learners/" + id(DemoData.LEARNER))) {
            navigate(url, Div.class);
            assertThat(getCurrentView()).as(url).isInstanceOf(AccessDeniedView.class);
        }
    }
}
