package io.praxis.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.content.lesson.Lesson;
import io.praxis.content.validation.ContentValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curriculum that ships must load without a single problem; any invalid file fails the
 * build here with the full report (file:line:column: message).
 */
class BundledCurriculumTest {

    static Curriculum curriculum;

    @BeforeAll
    static void load() {
        try {
            curriculum = CurriculumLoader.loadBundled();
        } catch (ContentValidationException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void hasTheModulesOfTheDesign() {
        assertThat(curriculum.modules()).extracting(m -> m.id()).contains("ml-fundamentals", "ai-product-lifecycle",
                "metrics-evaluation", "ethics-responsible-ai", "ninety-day-plan", "ai-pm-role",
                "ai-product-experience");
    }

    @Test
    void hasAtLeastFortyLessonsAndEveryModuleHasSome() {
        assertThat(curriculum.lessons()).hasSizeGreaterThanOrEqualTo(40);
        curriculum.modules().forEach(m -> assertThat(curriculum.lessonsOf(m.id())).as(m.id()).isNotEmpty());
    }

    @Test
    void hasAtLeastAHundredGlossaryTerms() {
        assertThat(curriculum.glossary()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void everyLessonRendersSafeHtmlWithAnchors() {
        for (Lesson l : curriculum.lessons()) {
            assertThat(l.html()).as(l.id()).doesNotContain("<script", "onerror", "javascript:");
            assertThat(l.sections()).as(l.id()).extracting(s -> s.anchor()).contains("common-mistakes",
                    "in-the-interview", "key-takeaways");
            assertThat(l.html()).as(l.id()).contains("id=\"key-takeaways\"");
        }
    }

    @Test
    void lessonsThatTeachAMetricLinkItsCalculator() {
        assertThat(curriculum.lesson("confusion-matrix-metrics")).get()
                .satisfies(l -> assertThat(l.relatedCalculators()).contains("confusion"));
        assertThat(curriculum.lesson("thresholds-roc-auc")).get()
                .satisfies(l -> assertThat(l.relatedCalculators()).contains("threshold"));
    }

    @Test
    void hasTheNinetyDayPlanInThreeMonths() {
        var plan = curriculum.plan();
        assertThat(plan.weeks()).hasSize(13);
        assertThat(plan.weeks()).allSatisfy(w -> assertThat(w.tasks()).as("week " + w.number()).hasSizeBetween(2, 5));
        assertThat(plan.week(1).orElseThrow().phase()).isEqualTo(io.praxis.content.plan.PlanPhase.FOUNDATIONS);
        assertThat(plan.week(5).orElseThrow().phase()).isEqualTo(io.praxis.content.plan.PlanPhase.APPLICATION);
        assertThat(plan.week(9).orElseThrow().phase()).isEqualTo(io.praxis.content.plan.PlanPhase.NETWORK);
        assertThat(plan.tasks()).filteredOn(t -> t.auto() != null).extracting(t -> t.auto().kind())
                .contains(io.praxis.content.plan.AutoCompletion.Kind.MODULE,
                        io.praxis.content.plan.AutoCompletion.Kind.LESSON,
                        io.praxis.content.plan.AutoCompletion.Kind.CASE);
    }
}
