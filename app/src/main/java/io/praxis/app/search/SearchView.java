package io.praxis.app.search;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.praxis.content.search.DocType;
import io.praxis.content.search.SearchHit;
import io.praxis.content.search.SearchRequest;
import io.praxis.content.search.SearchResponse;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search results: highlighted snippets that deep-link to the matching section, facets with
 * counts to filter by type and module, "did you mean" for misspellings, and an empty state
 * that suggests what to try. The address holds the query so results can be shared.
 */
@Route("search")
@PageTitle("Search · Praxis")
@Menu(order = 15, title = "Search", icon = "vaadin:search")
@PermitAll
public class SearchView extends Div implements BeforeEnterObserver {

    private final SearchService search;
    private final TextField field = new TextField();
    private final Div results = new Div();
    private final Div facets = new Div();

    SearchView(SearchService search) {
        this.search = search;
        addClassName("praxis-page");
        setId("search");
        field.setId("search-query");
        field.setPlaceholder("What do you want to learn?");
        field.setMaxLength(SearchRequest.MAX_QUERY_LENGTH);
        field.setHelperText("Up to " + SearchRequest.MAX_QUERY_LENGTH + " characters. Try \"precision vs recall\".");
        field.setWidthFull();
        field.setClearButtonVisible(true);
        Button go = new Button("Search", e -> submit(null, null));
        go.setId("search-submit");
        field.addKeyPressListener(Key.ENTER, e -> submit(null, null));
        Div bar = new Div(field, go);
        bar.addClassName("praxis-search-bar");
        results.setId("search-results");
        facets.setId("search-facets");
        facets.addClassName("praxis-facets");
        Div body = new Div(facets, results);
        body.addClassName("praxis-search-body");
        add(new H1("Search"), bar, body);
    }

    private void submit(String type, String module) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", field.getValue().strip());
        if (type != null) {
            params.put("type", type);
        }
        if (module != null) {
            params.put("module", module);
        }
        UI.getCurrent().navigate("search", QueryParameters.simple(params));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        String q = params.getSingleParameter("q").orElse("");
        String type = params.getSingleParameter("type").orElse(null);
        String module = params.getSingleParameter("module").orElse(null);
        field.setValue(q.length() > SearchRequest.MAX_QUERY_LENGTH ? q.substring(0, SearchRequest.MAX_QUERY_LENGTH) : q);
        results.removeAll();
        facets.removeAll();
        if (q.isBlank()) {
            results.add(new Paragraph("Search every lesson section, glossary term, case and interview question."));
            return;
        }
        SearchRequest request;
        try {
            request = new SearchRequest(q, type, module, 20);
        } catch (IllegalArgumentException e) {
            request = new SearchRequest(q, null, null, 20);
            type = null;
        }
        SearchResponse response = search.search(request);
        renderFacets(response, q, type, module);
        if (response.didYouMean() != null) {
            Anchor fix = new Anchor("search?q=" + java.net.URLEncoder.encode(response.didYouMean(),
                    java.nio.charset.StandardCharsets.UTF_8), response.didYouMean());
            fix.setId("did-you-mean");
            Paragraph p = new Paragraph(new Span(response.corrected() ? "Showing results for " : "Did you mean "), fix);
            p.addClassName("praxis-did-you-mean");
            results.add(p);
        }
        if (response.hits().isEmpty()) {
            Div empty = new Div(new H3("Nothing found for \"" + q + "\""),
                    new Paragraph("Check the spelling, use fewer or more general words, or try a synonym "
                            + "(\"ML\" for machine learning, \"split test\" for A/B test). "
                            + "You can also browse the modules or the glossary."),
                    new Div(new Anchor("study", "Browse the modules"), new Span(" · "),
                            new Anchor("glossary", "Open the glossary")));
            empty.addClassName("praxis-empty");
            empty.setId("search-empty");
            results.add(empty);
            return;
        }
        Span count = new Span(response.total() + " matches");
        count.addClassName("praxis-muted");
        results.add(count);
        for (SearchHit hit : response.hits()) {
            results.add(hitRow(hit));
        }
    }

    private Div hitRow(SearchHit hit) {
        Anchor title = new Anchor(hit.url(), hit.title());
        title.addClassName("praxis-hit-title");
        Span badge = new Span(DocType.labelOf(hit.type()));
        badge.getElement().getThemeList().add("badge");
        Div row = new Div(new Div(title, badge));
        if (hit.module() != null) {
            Span module = new Span(search.moduleTitle(hit.module()));
            module.addClassName("praxis-muted");
            row.add(module);
        }
        // Snippets are our own content, HTML-escaped by the highlighter, with <b> around matches.
        row.add(new Html("<p class=\"praxis-snippet\">" + hit.snippet() + "</p>"));
        row.addClassName("praxis-hit");
        row.getElement().setAttribute("data-id", hit.id());
        return row;
    }

    private void renderFacets(SearchResponse response, String q, String type, String module) {
        facets.add(facetGroup("Type", "type", response.facets().getOrDefault("type", Map.of()), type, q, null, module));
        facets.add(facetGroup("Module", "module", response.facets().getOrDefault("module", Map.of()), module, q, type,
                null));
    }

    private Div facetGroup(String label, String dimension, Map<String, Integer> counts, String selected, String q,
            String otherType, String otherModule) {
        Div group = new Div(new H3(label));
        group.setId("facet-" + dimension);
        List<Map.Entry<String, Integer>> entries = counts.entrySet().stream().toList();
        Anchor all = new Anchor(link(q, dimension.equals("type") ? null : otherType,
                dimension.equals("module") ? null : otherModule), "All");
        if (selected == null) {
            all.addClassName("selected");
        }
        group.add(new Div(all));
        for (var e : entries) {
            String name = dimension.equals("type") ? DocType.labelOf(e.getKey()) : search.moduleTitle(e.getKey());
            String type = dimension.equals("type") ? e.getKey() : otherType;
            String module = dimension.equals("module") ? e.getKey() : otherModule;
            Anchor a = new Anchor(link(q, type, module), name + " (" + e.getValue() + ")");
            a.setId("facet-" + dimension + "-" + e.getKey());
            if (e.getKey().equals(selected)) {
                a.addClassName("selected");
            }
            group.add(new Div(a));
        }
        return group;
    }

    private static String link(String q, String type, String module) {
        StringBuilder s = new StringBuilder("search?q=").append(enc(q));
        if (type != null) {
            s.append("&type=").append(enc(type));
        }
        if (module != null) {
            s.append("&module=").append(enc(module));
        }
        return s.toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
