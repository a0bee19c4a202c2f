package io.praxis.app.cohort;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.shell.FieldErrors;
import io.praxis.app.shell.StandalonePanel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page behind an invite link: a visitor signs up as a learner of the invite's cohort. An
 * unknown, expired or revoked code gets a message saying so and what to do, and no form.
 */
@Route(value = "join/:code", autoLayout = false)
@PageTitle("Join a cohort · Praxis")
@AnonymousAllowed
@StyleSheet("styles/admin.css")
public class JoinView extends Div implements BeforeEnterObserver {

    private final InviteService invites;
    private final StandalonePanel panel = new StandalonePanel("join");

    JoinView(InviteService invites) {
        this.invites = invites;
        addClassName("praxis-login");
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        panel.restart();
        var check = invites.check(code);
        if (check.state() != InviteService.InviteState.VALID) {
            panel.showGone(check.state().message());
            return;
        }
        Paragraph lead = new Paragraph("You are invited to join " + check.cohortName() + ". Create your learner account "
                + "to start.");
        lead.setId("join-cohort");
        TextField name = new TextField("Your name");
        name.setId("join-name");
        name.setMaxLength(120);
        EmailField email = new EmailField("E-mail");
        email.setId("join-email");
        email.setMaxLength(254);
        StandalonePanel.NewPassword password = panel.newPassword("Password");
        Button submit = new Button("Create account and join");
        submit.setId("join-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph problem = panel.problem("");
        problem.setVisible(false);
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("password", password.password());
        fields.put("repeat", password.repeat());
        submit.addClickListener(e -> {
            try {
                var learner = invites.signUp(code, email.getValue(), name.getValue(), password.password().getValue(),
                        password.repeat().getValue());
                panel.showDone("Welcome, " + learner.getDisplayName() + ". Your account is ready and you are enrolled "
                        + "in " + check.cohortName() + ". Sign in with " + learner.getEmail() + " and your new password.");
            } catch (InvalidFieldsException problems) {
                String rest = FieldErrors.show(problems, fields);
                problem.setText(rest);
                problem.setVisible(!rest.isEmpty());
            } catch (InviteService.InviteNotUsableException gone) {
                FieldErrors.clear(fields);
                problem.setText(gone.getMessage());
                problem.setVisible(true);
                submit.setEnabled(false);
            }
        });
        panel.add(lead, name, email, password.password(), password.repeat(), submit, problem);
    }
}
