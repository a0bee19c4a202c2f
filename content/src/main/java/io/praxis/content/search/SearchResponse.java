package io.praxis.content.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total matching documents before grouping
 * @param facets counts per facet value: {@code type} and {@code module}; each dimension is
 *     counted with the other dimension's filter applied but not its own, so a learner sees
 *     what choosing another value would give
 * @param didYouMean the corrected query when a word was not found and a close one was, else null
 * @param corrected whether the hits are for {@code didYouMean} rather than the query as typed
 */
public record SearchResponse(String query, List<SearchHit> hits, long total, Map<String, Map<String, Integer>> facets,
        String didYouMean, boolean corrected) {
}
