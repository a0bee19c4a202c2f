package io.praxis.app.search;

import io.praxis.content.search.SearchIndex;
import io.praxis.content.search.SearchRequest;
import io.praxis.content.search.SearchResponse;
import io.praxis.content.search.Suggestion;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Search for the views and the JSON API, counting the queries that find nothing. */
@Service
public class SearchService {

    /** A query that found nothing, with how often. */
    public record Miss(String query, long count, Instant lastSeen) {
    }

    private final SearchIndex index;
    private final SearchMissRepository misses;
    private final Clock clock;

    SearchService(SearchIndex index, SearchMissRepository misses, Clock clock) {
        this.index = index;
        this.misses = misses;
        this.clock = clock;
    }

    /** Runs a search; a non-blank query with no hit (after spelling correction) is counted. */
    @Transactional
    public SearchResponse search(SearchRequest request) {
        SearchResponse response = index.search(request);
        // A NUL separates words for the search, so it does for the logged miss too.
        String text = request.text().replace('\0', ' ').strip();
        if (response.hits().isEmpty() && !text.isBlank() && request.type() == null && request.module() == null) {
            String normalized = normalize(text);
            Instant now = clock.instant();
            SearchMiss miss = misses.findById(normalized)
                    .orElseGet(() -> misses.save(new SearchMiss(normalized, text, now)));
            miss.count(now);
        }
        return response;
    }

    public List<Suggestion> suggest(String prefix, int max) {
        return index.suggest(prefix, max);
    }

    public String moduleTitle(String moduleId) {
        return index.moduleTitle(moduleId);
    }

    /** The most frequent zero-result queries, most frequent first. */
    @Transactional(readOnly = true)
    public List<Miss> topMisses(int limit) {
        return misses.findAllByOrderByMissCountDescLastSeenAtDesc(PageRequest.of(0, limit)).stream()
                .map(m -> new Miss(m.sampleQuery(), m.missCount(), m.lastSeenAt())).toList();
    }

    static String normalize(String query) {
        String s = query.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return s.length() > SearchRequest.MAX_QUERY_LENGTH ? s.substring(0, SearchRequest.MAX_QUERY_LENGTH) : s;
    }
}
