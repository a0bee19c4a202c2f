package io.praxis.scoring.grading;

import io.praxis.content.Curriculum;
import io.praxis.content.CurriculumLoader;
import io.praxis.content.practice.CaseStudy;
import io.praxis.content.search.PraxisAnalyzers;

/** The bundled curriculum and one grader for it, loaded once per test JVM. */
public final class TestContent {

    private static Curriculum curriculum;
    private static Grader grader;
    private static PraxisAnalyzers analyzers;

    private TestContent() {
    }

    public static synchronized Curriculum curriculum() {
        if (curriculum == null) {
            curriculum = CurriculumLoader.loadBundled();
        }
        return curriculum;
    }

    public static synchronized PraxisAnalyzers analyzers() {
        if (analyzers == null) {
            analyzers = PraxisAnalyzers.load();
        }
        return analyzers;
    }

    public static synchronized Grader grader() {
        if (grader == null) {
            grader = Grader.create(curriculum(), analyzers());
        }
        return grader;
    }

    public static CaseStudy caseStudy(String id) {
        return curriculum().caseStudy(id).orElseThrow(() -> new AssertionError("no case " + id));
    }
}
