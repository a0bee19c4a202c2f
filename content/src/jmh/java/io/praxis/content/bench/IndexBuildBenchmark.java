package io.praxis.content.bench;

import io.praxis.content.Curriculum;
import io.praxis.content.CurriculumLoader;
import io.praxis.content.search.PraxisAnalyzers;
import io.praxis.content.search.SearchIndex;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build the full search index from a loaded curriculum (what start-up pays), and to
 * load and validate the curriculum itself. Single shots, because start-up runs them once.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class IndexBuildBenchmark {

    private Curriculum curriculum;
    private PraxisAnalyzers analyzers;

    @Setup(Level.Trial)
    public void setUp() {
        curriculum = CurriculumLoader.loadBundled();
        analyzers = PraxisAnalyzers.load();
    }

    @Benchmark
    public int buildIndex() throws IOException {
        try (SearchIndex built = SearchIndex.build(curriculum, analyzers)) {
            return built.documentCount();
        }
    }

    @Benchmark
    public int loadCurriculum() {
        return CurriculumLoader.loadBundled().lessons().size();
    }
}
