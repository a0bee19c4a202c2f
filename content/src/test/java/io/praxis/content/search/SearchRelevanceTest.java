package io.praxis.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.content.CurriculumLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relevance set: queries as learners type them (plain, misspelled, synonyms, questions in
 * plain words) with the item they are looking for. The expected item must be in the top 3
 * for at least 90% of queries; the run prints every miss and the mean reciprocal rank.
 */
class SearchRelevanceTest {

    record Case(String query, String expected, String kind) {
    }

    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(CurriculumLoader.loadBundled(), PraxisAnalyzers.load());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/search/relevance.tsv")) {
            List<Case> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Case(f[0], f[1], f.length > 2 ? f[2] : "plain"));
            }
            return out;
        }
    }

    static boolean matches(SearchHit hit, String expected) {
        if (expected.startsWith("glossary:")) {
            return hit.type().equals("glossary") && hit.id().equals(expected.substring(9));
        }
        if (expected.startsWith("case:")) {
            return hit.type().equals("case") && hit.id().equals(expected.substring(5));
        }
        return hit.type().equals("lesson") && hit.id().split("#")[0].equals(expected);
    }

    /** 1-based rank of the expected item among the first 10 hits, or 0. */
    static int rank(Case c) {
        List<SearchHit> hits = index.search(new SearchRequest(c.query(), null, null, 10)).hits();
        for (int i = 0; i < hits.size(); i++) {
            if (matches(hits.get(i), c.expected())) {
                return i + 1;
            }
        }
        return 0;
    }

    @Test
    void expectedItemIsInTheTopThreeForNinetyPercent() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        int top3 = 0;
        double reciprocal = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            int r = rank(c);
            if (r >= 1 && r <= 3) {
                top3++;
            } else {
                misses.add(c.kind() + " \"" + c.query() + "\" → expected " + c.expected() + " at rank "
                        + (r == 0 ? ">10" : r) + "; top: " + index.search(new SearchRequest(c.query(), null, null, 3))
                                .hits().stream().map(SearchHit::id).toList());
            }
            reciprocal += r == 0 ? 0 : 1.0 / r;
        }
        double share = (double) top3 / cases.size();
        double mrr = reciprocal / cases.size();
        System.out.printf("search relevance: %d queries, top-3 %.1f%%, MRR %.3f%n", cases.size(), share * 100, mrr);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(share).as("share of queries with the expected item in the top 3; misses: %s", misses)
                .isGreaterThanOrEqualTo(0.9);
    }
}
