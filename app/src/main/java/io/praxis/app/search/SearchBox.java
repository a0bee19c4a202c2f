package io.praxis.app.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.shell.HeaderContribution;
import io.praxis.content.search.SearchRequest;
import io.praxis.content.search.Suggestion;
import java.util.Map;
import java.util.Optional;

/**
 * The search box in the header: infix autocomplete as the learner types; choosing a
 * suggestion opens it, pressing Enter on free text opens the results page. The {@code /}
 * key focuses it from anywhere on the page.
 */
@org.springframework.stereotype.Component
class SearchBox implements HeaderContribution {

    private final SearchService search;
    private final CurrentUser currentUser;

    SearchBox(SearchService search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        if (!currentUser.isSignedIn()) {
            return Optional.empty();
        }
        ComboBox<Suggestion> box = new ComboBox<>();
        box.setId("search-box");
        box.setPlaceholder("Search lessons, terms, cases  ( / )");
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setAllowCustomValue(true);
        box.setClearButtonVisible(true);
        box.setItemLabelGenerator(Suggestion::text);
        box.setItems(query -> search.suggest(query.getFilter().orElse(""), query.getLimit() > 0
                ? Math.min(query.getLimit(), 10) : 10).stream().skip(query.getOffset()));
        box.getElement().setAttribute("aria-label", "Search Praxis");
        box.getStyle().set("width", "min(28rem, 50vw)");
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(e.getValue().url());
            }
        });
        box.addCustomValueSetListener(e -> {
            String text = e.getDetail().strip();
            if (!text.isEmpty()) {
                if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
                    text = text.substring(0, SearchRequest.MAX_QUERY_LENGTH);
                }
                UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", text)));
            }
        });
        box.addAttachListener(e -> e.getUI().getPage().executeJs("""
                if (!window.__praxisSlash) {
                  window.__praxisSlash = true;
                  document.addEventListener('keydown', ev => {
                    const t = ev.composedPath()[0];
                    const typing = t && (t.isContentEditable || ['INPUT', 'TEXTAREA'].includes(t.tagName));
                    if (ev.key === '/' && !typing && !ev.ctrlKey && !ev.metaKey) {
                      const box = document.getElementById('search-box');
                      if (box) { ev.preventDefault(); box.focus(); }
                    }
                  });
                }
                """));
        return Optional.of(box);
    }
}
