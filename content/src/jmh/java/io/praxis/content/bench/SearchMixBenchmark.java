package io.praxis.content.bench;

import io.praxis.content.Curriculum;
import io.praxis.content.CurriculumLoader;
import io.praxis.content.search.PraxisAnalyzers;
import io.praxis.content.search.SearchIndex;
import io.praxis.content.search.SearchRequest;
import io.praxis.content.search.SearchResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search latency over a realistic mix: every query of the relevance set
 * ({@code src/test/resources/search/relevance.tsv}: plain words, misspellings, synonyms,
 * questions) in turn, one per invocation, so the sampled median and p99 are those of the
 * whole mix rather than of one hand-picked query. {@link #filtered} adds a type and a module
 * filter, which costs two more facet searches (drill-sideways counts).
 *
 * <p>Run: {@code ./mvnw -B -pl content -am -Pbench verify -DskipTests -Djmh.args=SearchMixBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchMixBenchmark {

    private SearchIndex index;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Curriculum curriculum = CurriculumLoader.loadBundled();
        index = SearchIndex.build(curriculum, PraxisAnalyzers.load());
        queries = relevanceQueries();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
    }

    @Benchmark
    public SearchResponse mixed() {
        return index.search(SearchRequest.of(nextQuery()));
    }

    @Benchmark
    public SearchResponse filtered() {
        return index.search(new SearchRequest(nextQuery(), "lesson", "metrics-evaluation",
                SearchRequest.DEFAULT_LIMIT));
    }

    private String nextQuery() {
        String q = queries.get(next);
        next = (next + 1) % queries.size();
        return q;
    }

    private static List<String> relevanceQueries() {
        try (InputStream in = SearchMixBenchmark.class.getResourceAsStream("/search/relevance.tsv")) {
            if (in == null) {
                throw new IllegalStateException("search/relevance.tsv is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")[0])
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
