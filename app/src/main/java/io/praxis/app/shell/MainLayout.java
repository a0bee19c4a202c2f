package io.praxis.app.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.praxis.app.account.Account;
import io.praxis.app.account.CurrentUser;
import java.util.List;
import java.util.Optional;

/**
 * The frame around every page: header with product name, the header slot for search,
 * the user menu and the light/dark switch, and a side navigation built from the views'
 * {@code @Menu} annotations. Vaadin filters those entries by each view's access annotation,
 * so a role never sees a link it may not open. The drawer collapses on narrow screens.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    /** Id of the header slot where the search box lives. */
    public static final String HEADER_SLOT_ID = "header-search-slot";

    private final CurrentUser currentUser;
    private final List<HeaderContribution> headerContributions;
    private final SideNav nav = new SideNav();

    MainLayout(CurrentUser currentUser, List<HeaderContribution> headerContributions) {
        this.currentUser = currentUser;
        this.headerContributions = headerContributions;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        nav.setId("side-nav");
        Scroller scroller = new Scroller(nav);
        scroller.getStyle().set("padding", "var(--lumo-space-s)");
        addToDrawer(brand(), scroller);
    }

    private static Component brand() {
        Span name = new Span("Praxis");
        name.addClassName("praxis-brand");
        Div brand = new Div(name);
        brand.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)");
        return brand;
    }

    private Component header() {
        Div slot = new Div();
        slot.setId(HEADER_SLOT_ID);
        headerContributions.forEach(c -> c.create().ifPresent(slot::add));
        Div spacer = new Div();
        spacer.addClassName("praxis-spacer");
        Div header = new Div(slot, spacer, themeToggle(), userMenu());
        header.addClassName("praxis-header");
        return header;
    }

    private Component themeToggle() {
        Button toggle = new Button(VaadinIcon.ADJUST.create());
        toggle.setId("theme-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        toggle.setAriaLabel("Switch light or dark theme");
        toggle.setTooltipText("Light or dark");
        toggle.addClickListener(e -> toggle.getElement().executeJs("""
                const dark = document.documentElement.getAttribute('theme') !== 'dark';
                document.documentElement.setAttribute('theme', dark ? 'dark' : '');
                try { localStorage.setItem('praxis-theme', dark ? 'dark' : 'light'); } catch (e) {}
                """));
        return toggle;
    }

    private Component userMenu() {
        Optional<Account> account = currentUser.account();
        if (account.isEmpty()) {
            Button signIn = new Button("Sign in", e -> getUI().ifPresent(ui -> ui.navigate("login")));
            signIn.setId("sign-in");
            signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            return signIn;
        }
        Account a = account.get();
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(a.getDisplayName());
        Span name = new Span(a.getDisplayName());
        name.addClassName("praxis-hide-narrow");
        Div trigger = new Div(avatar, name);
        trigger.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        var root = menu.addItem(trigger);
        var sub = root.getSubMenu();
        var who = sub.addItem(a.getDisplayName() + " · " + a.getRole().label());
        who.setEnabled(false);
        var email = sub.addItem(a.getEmail());
        email.setEnabled(false);
        sub.addSeparator();
        var logout = sub.addItem("Sign out", e -> currentUser.logout());
        logout.setId("logout");
        return menu;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Restore the visitor's theme choice before the page is painted as far as possible.
        attachEvent.getUI().getPage().executeJs("""
                try { if (localStorage.getItem('praxis-theme') === 'dark')
                  document.documentElement.setAttribute('theme', 'dark'); } catch (e) {}
                """);
        buildNav();
    }

    /** Menu icons are written as {@code collection:name}, e.g. {@code vaadin:book}. */
    private static Component icon(String spec) {
        int colon = spec.indexOf(':');
        return colon > 0 ? new Icon(spec.substring(0, colon), spec.substring(colon + 1)) : new Icon(spec);
    }

    private void buildNav() {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(icon(entry.icon()));
            }
            // Menu paths start with a slash ("/study"); ids do not: nav-home, nav-study, nav-admin-cohorts.
            String path = entry.path().replaceFirst("^/+", "");
            item.setId("nav-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
            nav.addItem(item);
        }
    }
}
