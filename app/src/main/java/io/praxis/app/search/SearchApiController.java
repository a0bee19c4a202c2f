package io.praxis.app.search;

import io.praxis.content.search.SearchRequest;
import io.praxis.content.search.SearchResponse;
import io.praxis.content.search.Suggestion;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /api/search?q=…&type=…&module=…&limit=…} for integrations and tests, for any
 * signed-in user (browser session or HTTP Basic). Bad parameters get 400 with a message.
 */
@RestController
@RequestMapping("/api")
class SearchApiController {

    /** The JSON body: the search response plus autocomplete suggestions for the query. */
    record ApiResponse(String query, long total, List<io.praxis.content.search.SearchHit> hits,
            Map<String, Map<String, Integer>> facets, List<Suggestion> suggestions, String didYouMean) {
    }

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    ApiResponse search(@RequestParam("q") String q, @RequestParam(value = "type", required = false) String type,
            @RequestParam(value = "module", required = false) String module,
            @RequestParam(value = "limit", defaultValue = "10") int limit) {
        if (q.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("q must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
        }
        SearchResponse r = search.search(new SearchRequest(q, type, module, limit));
        return new ApiResponse(r.query(), r.total(), r.hits(), r.facets(), search.suggest(q, 5), r.didYouMean());
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        String message = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName() + " must be a number" : e.getMessage();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", message));
    }
}
