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
}
