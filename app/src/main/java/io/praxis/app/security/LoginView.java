package io.praxis.app.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page. Spring Security handles the POST; on failure it comes back here with
 * {@code ?error} and leaves the exception in the session, which tells a wrong password
 * apart from a throttled or deactivated account.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Praxis")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("praxis-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");

        H1 brand = new H1("Praxis");
        brand.addClassName("praxis-brand");
        Paragraph pitch = new Paragraph(
                "Learn AI product management, practise real interview cases and get feedback you can act on.");
        pitch.addClassName("praxis-muted");
        Div calculators = new Div(new Anchor("calculators", "Try the metric calculators without an account"));
        calculators.addClassName("praxis-muted");

        Div panel = new Div(brand, pitch, form, calculators);
        panel.addClassName("praxis-login-panel");
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure instanceof LockedException) {
            error.setTitle("Too many failed attempts");
            error.setMessage("This account is locked for a while to protect it. Wait a few minutes and try again.");
        } else if (failure instanceof DisabledException) {
            error.setTitle("Account deactivated");
            error.setMessage("This account has been deactivated. Ask your cohort admin to reactivate it.");
        } else {
            error.setTitle("Wrong e-mail or password");
            error.setMessage("Check the e-mail address and password and try again.");
        }
        form.setI18n(i18n);
        form.setError(true);
    }
}
