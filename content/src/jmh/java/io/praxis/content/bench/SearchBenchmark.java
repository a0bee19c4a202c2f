package io.praxis.content.bench;

import io.praxis.content.Curriculum;
import io.praxis.content.CurriculumLoader;
import io.praxis.content.search.PraxisAnalyzers;
import io.praxis.content.search.SearchIndex;
import io.praxis.content.search.SearchRequest;
import io.praxis.content.search.SearchResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search latency over the full curriculum index, sampled so the report has median and p99.
 * {@link IndexBuildBenchmark} measures building the index.
 *
 * <p>Run: {@code ./mvnw -B -pl content -am -Pbench verify -DskipTests -Djmh.args=SearchBenchmark}.
 * Targets on a 2-core machine: median query under 1 ms, p99 under 5 ms, index build under 2 s.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SearchBenchmark {

    @Param({"precision recall", "retreival augmented generaton", "how do I choose a classification threshold",
            "split test", "prompt injection"})
    public String query;

    private Curriculum curriculum;
    private PraxisAnalyzers analyzers;
    private SearchIndex index;

    @Setup(Level.Trial)
    public void setUp() {
        curriculum = CurriculumLoader.loadBundled();
        analyzers = PraxisAnalyzers.load();
        index = SearchIndex.build(curriculum, analyzers);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SearchResponse query() {
        return index.search(SearchRequest.of(query));
    }
}
