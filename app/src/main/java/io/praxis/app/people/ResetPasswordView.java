package io.praxis.app.people;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.PasswordLinkPurpose;
import io.praxis.app.account.PasswordLinkService;
import io.praxis.app.shell.FieldErrors;
import io.praxis.app.shell.StandalonePanel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page behind a one-time password link (welcome or reset): choose a password, then sign in.
 * A link that is unknown, expired, used or belongs to a deactivated account gets a message
 * saying so and what to do, and no form.
 */
@Route(value = "reset/:token", autoLayout = false)
@PageTitle("Choose a password · Praxis")
@AnonymousAllowed
@StyleSheet("styles/admin.css")
public class ResetPasswordView extends Div implements BeforeEnterObserver {

    private final PasswordLinkService passwordLinks;
    private final PeopleService people;
    private final StandalonePanel panel = new StandalonePanel("reset");

    ResetPasswordView(PasswordLinkService passwordLinks, PeopleService people) {
        this.passwordLinks = passwordLinks;
        this.people = people;
        addClassName("praxis-login");
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        panel.restart();
        var check = passwordLinks.check(token);
        if (check.state() != PasswordLinkService.LinkState.VALID) {
            panel.showGone(check.state().message());
            return;
        }
        Paragraph lead = new Paragraph((check.purpose() == PasswordLinkPurpose.WELCOME ? "Welcome, " + check.displayName()
                + ". Choose a password for " : "Choose a new password for ") + check.email() + ".");
        lead.setId("reset-account");
        StandalonePanel.NewPassword password = panel.newPassword("New password");
        Button submit = new Button("Set password");
        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("password", password.password());
        fields.put("repeat", password.repeat());
        submit.addClickListener(e -> {
            try {
                var account = people.setPasswordWithLink(token, password.password().getValue(),
                        password.repeat().getValue());
                panel.showDone("Your password is set. Sign in with " + account.getEmail() + ".");
            } catch (InvalidFieldsException problems) {
                FieldErrors.show(problems, fields);
            } catch (PasswordLinkService.LinkNotUsableException gone) {
                panel.restart();
                panel.showGone(gone.getMessage());
            }
        });
        panel.add(lead, password.password(), password.repeat(), submit);
    }
}
