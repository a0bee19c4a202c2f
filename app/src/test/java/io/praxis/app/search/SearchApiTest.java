package io.praxis.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.app.TestProfiles;
import io.praxis.app.demo.DemoData;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The JSON search endpoint over real HTTP: authentication, results, errors, miss counting. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
class SearchApiTest {

    @LocalServerPort
    int port;
    @Autowired
    SearchService search;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String query, boolean authenticated) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?" + query));
        if (authenticated) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (DemoData.LEARNER.email() + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        assertThat(get(q("precision"), false).statusCode()).isEqualTo(401);
    }

    @Test
    void returnsHitsFacetsAndSuggestions() throws Exception {
        var r = get(q("precision recall") + "&limit=5", true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"hits\"").contains("\"facets\"").contains("\"suggestions\"")
                .contains("confusion-matrix-metrics").contains("\"url\":\"/study/");
    }

    @Test
    void misspellingGetsDidYouMean() throws Exception {
        var r = get(q("retreival augmented generaton"), true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"didYouMean\":\"retrieval augmented generation\"").contains("rag-vs-fine-tuning");
    }

    @Test
    void synonymFindsTheLesson() throws Exception {
        assertThat(get(q("split test"), true).body()).contains("ab-testing-ai-features");
    }

    @Test
    void badParametersGet400WithAMessage() throws Exception {
        var badType = get(q("x") + "&type=video", true);
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("type must be one of");
        assertThat(get(q("x") + "&limit=abc", true).statusCode()).isEqualTo(400);
        assertThat(get(q("x") + "&limit=500", true).body()).contains("limit must be between");
        assertThat(get("type=lesson", true).statusCode()).isEqualTo(400);
        assertThat(get(q("x".repeat(201)), true).statusCode()).isEqualTo(400);
    }

    @Test
    void syntaxCharactersNeverFail() throws Exception {
        assertThat(get(q("\"(precision AND [recall"), true).statusCode()).isEqualTo(200);
    }

    @Test
    void zeroResultQueriesAreCounted() throws Exception {
        get(q("qqqqzzzz xxxxjjjj"), true);
        get(q("QQQQZZZZ   xxxxjjjj"), true);
        assertThat(search.topMisses(50)).anySatisfy(m -> {
            assertThat(m.query()).isEqualToIgnoringCase("qqqqzzzz xxxxjjjj");
            assertThat(m.count()).isGreaterThanOrEqualTo(2);
        });
    }
}
