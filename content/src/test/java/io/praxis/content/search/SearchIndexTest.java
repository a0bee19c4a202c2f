package io.praxis.content.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.content.CurriculumLoader;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {

    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(CurriculumLoader.loadBundled(), PraxisAnalyzers.load());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced quote", "precision AND (recall", "title:foo]", "*", "~~", "a/b test",
            "NOT", "\\", "+-&&||!(){}[]^\"~*?:/", "<script>alert(1)</script>"})
    void querySyntaxNeverFails(String query) {
        SearchResponse r = index.search(SearchRequest.of(query));
        assertThat(r.hits()).isNotNull();
        r.hits().forEach(h -> assertThat(h.snippet()).doesNotContain("<script"));
    }

    @Test
    void longQueriesAreCutToTheLimit() {
        SearchRequest r = SearchRequest.of("precision ".repeat(100));
        assertThat(r.text()).hasSize(SearchRequest.MAX_QUERY_LENGTH);
        assertThat(index.search(r).hits()).isNotEmpty();
    }

    @Test
    void badParametersAreRejectedWithAMessage() {
        assertThatThrownBy(() -> new SearchRequest("x", "video", null, 10)).hasMessageContaining("type must be one of");
        assertThatThrownBy(() -> new SearchRequest("x", null, null, 0)).hasMessageContaining("limit");
    }

    @Test
    void hitsDeepLinkToSectionsWithHighlightedSnippets() {
        SearchResponse r = index.search(SearchRequest.of("prompt injection"));
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits()).anySatisfy(h -> {
            assertThat(h.url()).startsWith("/study/").contains("#");
            assertThat(h.snippet()).contains("<b>");
        });
    }

    @Test
    void misspellingsAreCorrectedAndReported() {
        SearchResponse r = index.search(SearchRequest.of("precison"));
        assertThat(r.didYouMean()).isEqualTo("precision");
        assertThat(r.corrected()).isTrue();
        assertThat(r.hits()).isNotEmpty();
    }

    @Test
    void facetsCountByTypeAndModuleAndFiltersApply() {
        SearchResponse all = index.search(SearchRequest.of("precision"));
        assertThat(all.facets().get("type")).containsKeys("lesson", "glossary");
        SearchResponse lessonsOnly = index.search(new SearchRequest("precision", "lesson", null, 10));
        assertThat(lessonsOnly.hits()).allSatisfy(h -> assertThat(h.type()).isEqualTo("lesson"));
        // the type facet still shows the other types, so the learner can switch
        assertThat(lessonsOnly.facets().get("type")).containsKey("glossary");
        SearchResponse metricsOnly = index.search(new SearchRequest("precision", null, "metrics-evaluation", 10));
        assertThat(metricsOnly.hits()).allSatisfy(h -> assertThat(h.module()).isEqualTo("metrics-evaluation"));
    }

    @Test
    void nothingFoundGivesAnEmptyResponse() {
        SearchResponse r = index.search(SearchRequest.of("zzzzqqqq xxyyzz"));
        assertThat(r.hits()).isEmpty();
        assertThat(r.total()).isZero();
    }

    @Test
    void autocompleteMatchesInsideTitles() {
        assertThat(index.suggest("injec", 8)).extracting(Suggestion::text)
                .anyMatch(t -> t.toLowerCase().contains("prompt injection"));
        assertThat(index.suggest("drift", 8)).isNotEmpty();
        assertThat(index.suggest("x", 8)).isEmpty();
    }
}
