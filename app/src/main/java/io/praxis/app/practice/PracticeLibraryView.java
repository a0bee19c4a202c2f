package io.praxis.app.practice;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.content.Curriculum;
import io.praxis.content.practice.Difficulty;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The practice library: every case and interview question, filterable by kind, difficulty,
 * module and "not yet attempted", with the learner's best score so far.
 */
@Route("practice")
@PageTitle("Practice · Praxis")
@Menu(order = 30, title = "Practice", icon = "vaadin:edit")
@RolesAllowed(Role.LEARNER_NAME)
public class PracticeLibraryView extends Div {

    static final String ALL = "all";

    private final PracticeService practice;
    private final long userId;
    private final Select<String> kind = new Select<>();
    private final Select<String> difficulty = new Select<>();
    private final Select<String> module = new Select<>();
    private final Checkbox notAttempted = new Checkbox("Not yet attempted");
    private final Div list = new Div();

    PracticeLibraryView(PracticeService practice, CurrentUser currentUser) {
        this.practice = practice;
        this.userId = currentUser.require().getId();
        addClassName("praxis-page");
        setId("practice-library");
        Curriculum c = practice.curriculum();

        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put(ALL, "All kinds");
        practice.items().forEach(i -> kinds.putIfAbsent(i.kind(), i.kindLabel()));
        setup(kind, "filter-kind", "Kind", kinds);
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put(ALL, "Any difficulty");
        for (Difficulty d : Difficulty.values()) {
            levels.put(d.id(), d.label());
        }
        setup(difficulty, "filter-difficulty", "Difficulty", levels);
        Map<String, String> modules = new LinkedHashMap<>();
        modules.put(ALL, "All modules");
        c.modules().forEach(m -> modules.put(m.id(), m.title()));
        setup(module, "filter-module", "Module", modules);
        notAttempted.setId("filter-not-attempted");
        notAttempted.addValueChangeListener(e -> render());

        Div filters = new Div(kind, difficulty, module, notAttempted);
        filters.addClassName("praxis-filters");
        list.setId("practice-items");
        Paragraph lead = new Paragraph("Answer as you would in the interview. The grader scores each rubric criterion "
                + "instantly and quotes the sentences that earned it; a mentor reviews what it is unsure about.");
        lead.addClassName("praxis-muted");
        add(new H1("Practice"), lead, new Div(new Anchor("practice/progress", "Your progress over time")), filters,
                list);
        render();
    }

    private void setup(Select<String> select, String id, String label, Map<String, String> options) {
        select.setId(id);
        select.setLabel(label);
        select.setItems(List.copyOf(options.keySet()));
        select.setItemLabelGenerator(options::get);
        select.setValue(ALL);
        select.addValueChangeListener(e -> render());
    }

    private void render() {
        list.removeAll();
        Curriculum c = practice.curriculum();
        var attempts = practice.attemptsOf(userId);
        Set<String> attempted = attempts.stream().filter(a -> !a.isDraft())
                .map(a -> a.itemType() + ":" + a.itemId()).collect(Collectors.toSet());
        Map<String, Integer> best = attempts.stream().filter(a -> a.score() != null).collect(Collectors.toMap(
                a -> a.itemType() + ":" + a.itemId(), AttemptView::score, Math::max));
        int shown = 0;
        for (PracticeItem item : practice.items()) {
            String key = item.type() + ":" + item.id();
            Set<String> itemModules = item.lessons().stream().map(l -> c.lesson(l).map(x -> x.moduleId()).orElse(""))
                    .collect(Collectors.toSet());
            if (!ALL.equals(kind.getValue()) && !item.kind().equals(kind.getValue())
                    || !ALL.equals(difficulty.getValue()) && !item.difficulty().id().equals(difficulty.getValue())
                    || !ALL.equals(module.getValue()) && !itemModules.contains(module.getValue())
                    || notAttempted.getValue() && attempted.contains(key)) {
                continue;
            }
            shown++;
            Anchor title = new Anchor(item.url(), item.title());
            title.setId("item-" + item.id());
            Span type = new Span(item.type() == ItemType.CASE ? "Case" : "Question");
            type.getElement().getThemeList().add("badge");
            Span meta = new Span(item.kindLabel() + " · " + item.difficulty().label() + " · " + item.minutes() + " min"
                    + (best.containsKey(key) ? " · best " + best.get(key) + "/100" : ""));
            meta.addClassName("praxis-muted");
            Div row = new Div(new Div(title, type), meta);
            row.addClassName("praxis-item");
            list.add(row);
        }
        if (shown == 0) {
            list.add(new Paragraph("Nothing matches these filters. Widen them to see more."));
        }
    }
}
