package io.praxis.app.people;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.account.PasswordLinkPurpose;
import io.praxis.app.account.PasswordLinkService;
import io.praxis.app.shell.FieldErrors;
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
    private final Div panel = new Div();

    ResetPasswordView(PasswordLinkService passwordLinks, PeopleService people) {
        this.passwordLinks = passwordLinks;
        this.people = people;
        addClassName("praxis-login");
        panel.addClassName("praxis-standalone-panel");
        panel.setId("reset");
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        panel.removeAll();
        H1 brand = new H1("Praxis");
        brand.addClassName("praxis-brand");
        panel.add(brand);
        var check = passwordLinks.check(token);
        if (check.state() != PasswordLinkService.LinkState.VALID) {
            showGone(check.state().message());
            return;
        }
        Paragraph lead = new Paragraph((check.purpose() == PasswordLinkPurpose.WELCOME ? "Welcome, " + check.displayName()
                + ". Choose a password for " : "Choose a new password for ") + check.email() + ".");
        lead.setId("reset-account");
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters; a phrase is easiest.");
        PasswordField repeat = new PasswordField("Repeat the password");
        repeat.setId("reset-repeat");
        Button submit = new Button("Set password");
        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("password", password);
        fields.put("repeat", repeat);
        submit.addClickListener(e -> {
            try {
                var account = people.setPasswordWithLink(token, password.getValue(), repeat.getValue());
                panel.removeAll();
                panel.add(brand);
                Paragraph done = new Paragraph("Your password is set. Sign in with " + account.getEmail() + ".");
                done.setId("reset-done");
                done.addClassName("praxis-success");
                Anchor signIn = new Anchor("login", "Sign in");
                signIn.setId("reset-sign-in");
                panel.add(done, signIn);
            } catch (InvalidFieldsException problems) {
                FieldErrors.show(problems, fields);
            } catch (PasswordLinkService.LinkNotUsableException gone) {
                panel.removeAll();
                panel.add(brand);
                showGone(gone.getMessage());
            }
        });
        panel.add(lead, password, repeat, submit);
    }

    private void showGone(String text) {
        Paragraph message = new Paragraph(text);
        message.setId("reset-message");
        message.addClassName("praxis-problem");
        panel.add(message, new Anchor("login", "Go to sign-in"));
    }
}
