package io.praxis.scoring.bench;

import io.praxis.content.Curriculum;
import io.praxis.content.CurriculumLoader;
import io.praxis.content.practice.CaseStudy;
import io.praxis.content.search.PraxisAnalyzers;
import io.praxis.scoring.grading.GradeReport;
import io.praxis.scoring.grading.Grader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rubric grader. Targets (issue 4): grading a 500-word answer, median under 5 ms;
 * building the grader for every rubric of the curriculum, under 1 s. Sample-time mode reports
 * the median (p0.50) and the other percentiles.
 *
 * <ul>
 * <li>{@code grade500Words}: the spam-detection model answer cut to its first 500 words, graded
 *     against the spam-detection rubric (analysis, matching, flags, report).
 * <li>{@code createGrader}: {@link Grader#create}: stems and indexes every rubric phrase and the
 *     curriculum's vocabulary, given a loaded curriculum.
 * <li>{@code loadCurriculumAndCreateGrader}: the whole start-up, including reading, validating and
 *     rendering the bundled curriculum.
 * </ul>
 *
 * <pre>./mvnw -B -pl scoring -am -Pbench verify -DskipTests -Djmh.skip.content=true -Djmh.args="GraderBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR"})
public class GraderBenchmark {

    Curriculum curriculum;
    PraxisAnalyzers analyzers;
    Grader grader;
    CaseStudy spam;
    String answer;

    @Setup
    public void setUp() {
        curriculum = CurriculumLoader.loadBundled();
        analyzers = PraxisAnalyzers.load();
        grader = Grader.create(curriculum, analyzers);
        spam = curriculum.caseStudy("spam-detection").orElseThrow();
        answer = firstWords(spam.modelAnswer(), 500);
        GradeReport check = grader.grade(spam, answer);
        if (check.wordCount() < 480 || check.wordCount() > 520) {
            throw new IllegalStateException("expected about 500 words, got " + check.wordCount());
        }
    }

    static String firstWords(String text, int words) {
        String[] parts = text.strip().split("(?<=\\s)(?=\\S)");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(words, parts.length); i++) {
            out.append(parts[i]);
        }
        return out.toString().strip();
    }

    @Benchmark
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public GradeReport grade500Words() {
        return grader.grade(spam, answer);
    }

    @Benchmark
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 3)
    public Grader createGrader() {
        return Grader.create(curriculum, analyzers);
    }

    @Benchmark
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 3)
    public Grader loadCurriculumAndCreateGrader() {
        return Grader.create(CurriculumLoader.loadBundled(), PraxisAnalyzers.load());
    }
}
