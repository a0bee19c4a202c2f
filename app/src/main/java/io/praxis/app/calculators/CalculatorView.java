package io.praxis.app.calculators;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.praxis.content.Curriculum;
import io.praxis.content.Links;
import io.praxis.content.lesson.Lesson;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One metric calculator, {@code /calculators/<id>}: what the metric is for, worked examples,
 * inputs with errors beside them, results in product terms, charts, a link that restores the
 * calculation, and the lessons that teach the metric. Open to everyone. An unknown id shows the
 * not-found page.
 *
 * <p>The inputs live in the address: every change replaces the browser's URL (no new history
 * entry) with {@code ?preset=<example>&<input>=<value>…}, and opening such a URL restores the
 * inputs and results. Ids: the page {@code calculator}, the title {@code calc-title}, the
 * purpose {@code calc-purpose}, the form {@code calc-form-<id>}, the share link {@code share-url}
 * with {@code share-copy} and {@code share-note}, the lessons {@code calc-lessons}. Inside the form:
 * examples {@code preset-<example>}, inputs {@code calc-<parameter>} (underscores become dashes),
 * {@code calc-run}, {@code calc-problem}, results {@code result-<metric>}, charts by name
 * ({@code roc-chart}, {@code ci-chart}, …, see {@link io.praxis.app.charts.ChartFigure}).
 */
@Route("calculators/:calculatorId")
@AnonymousAllowed
@StyleSheet("styles/calculators.css")
public class CalculatorView extends Div implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final Curriculum curriculum;
    private final ShareLink share = new ShareLink();
    private String title = "Calculator · Praxis";
    private String path = "calculators";
    private String origin = "";
    private String contextPath = "";
    private CalculatorForm form;
    private boolean navigated;

    CalculatorView(Curriculum curriculum) {
        this.curriculum = curriculum;
        setId("calculator");
        addClassName("praxis-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("calculatorId").orElse("");
        CalculatorCatalog.Entry entry = CalculatorCatalog.find(id).orElse(null);
        if (entry == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        navigated = false;
        title = entry.title() + " · Calculators · Praxis";
        path = "calculators/" + id;
        readOrigin();
        removeAll();
        H1 heading = new H1(entry.title());
        heading.setId("calc-title");
        Paragraph purpose = new Paragraph(entry.purpose());
        purpose.setId("calc-purpose");
        purpose.addClassName("praxis-calc-purpose");
        form = entry.form().get();
        form.setId("calc-form-" + id);
        form.onChange(this::publish);
        add(new Anchor("calculators", "← All calculators"), heading, purpose, form, share);
        lessons(id);
        form.restore(single(event.getLocation().getQueryParameters()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Update the address only once the navigation itself has set it.
        navigated = true;
        if (form != null) {
            publish();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The browser knows its own address best (proxies, host names): refine the link with it.
        attachEvent.getUI().getPage().fetchCurrentURL(url -> {
            origin = url.getProtocol() + "://" + url.getAuthority();
            if (form != null) {
                share.set(shareUrl(currentLocation()), form.omittedFromLink());
            }
        });
    }

    private void lessons(String id) {
        List<Lesson> related = curriculum.lessons().stream().filter(l -> l.relatedCalculators().contains(id)).toList();
        if (related.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        related.forEach(l -> list.add(new ListItem(new Anchor(Links.lesson(l.id()), l.title()))));
        Div box = new Div(new H2("Learn it in"), list);
        box.setId("calc-lessons");
        box.addClassName("praxis-related");
        add(box);
    }

    private void publish() {
        Location location = currentLocation();
        if (navigated) {
            UI.getCurrent().getPage().getHistory().replaceState(null, location, false);
        }
        share.set(shareUrl(location), form.omittedFromLink());
    }

    private Location currentLocation() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        form.state().forEach((k, v) -> params.put(k, List.of(v)));
        return new Location(path, new QueryParameters(params));
    }

    private String shareUrl(Location location) {
        return origin + contextPath + "/" + location.getPathWithQueryParameters();
    }

    private void readOrigin() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest r) {
            HttpServletRequest h = r.getHttpServletRequest();
            String scheme = h.getScheme();
            int port = h.getServerPort();
            boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            if (origin.isEmpty() && h.getServerName() != null) {
                origin = scheme + "://" + h.getServerName() + (defaultPort ? "" : ":" + port);
            }
            contextPath = h.getContextPath() == null ? "" : h.getContextPath();
        }
    }

    private static Map<String, String> single(QueryParameters q) {
        Map<String, String> out = new LinkedHashMap<>();
        q.getParameters().forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, v.getFirst());
            }
        });
        return out;
    }

    /** The calculator form on the page (for tests). */
    CalculatorForm form() {
        return form;
    }

    /** The share link's address (for tests). */
    String shareAddress() {
        return share.address();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
