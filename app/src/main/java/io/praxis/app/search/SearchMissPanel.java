package io.praxis.app.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import io.praxis.app.account.Account;
import io.praxis.app.account.Role;
import io.praxis.app.shell.Cards;
import io.praxis.app.shell.HomePanel;
import java.util.Set;

/** The admin's view of what learners search for and do not find: content to write next. */
@org.springframework.stereotype.Component
class SearchMissPanel implements HomePanel {

    private final SearchService search;

    SearchMissPanel(SearchService search) {
        this.search = search;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create(Account account) {
        var misses = search.topMisses(10);
        Div card = Cards.card("search-misses", "Searches that found nothing");
        if (misses.isEmpty()) {
            card.add(Cards.empty("No failed searches yet. Queries that find nothing will appear here.", null, null));
            return card;
        }
        OrderedList list = new OrderedList();
        misses.forEach(m -> list.add(new ListItem("\"" + m.query() + "\" · " + m.count() + "×")));
        card.add(list);
        return card;
    }
}
