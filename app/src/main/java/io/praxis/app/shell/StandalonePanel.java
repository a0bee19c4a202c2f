package io.praxis.app.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import io.praxis.app.account.AccountService;

/**
 * The card of the pages a visitor reaches from a link before signing in (joining a cohort,
 * choosing a password): the brand on top, then a form, a message that the link cannot be used,
 * or the success message, the last two with a way to the sign-in page.
 */
public final class StandalonePanel extends Div {

    /** A new password typed twice, with the length rule as help. */
    public record NewPassword(PasswordField password, PasswordField repeat) {
    }

    private final String idPrefix;

    /** @param idPrefix the page's prefix for element ids ("join" gives "join-done", …); also the panel's id */
    public StandalonePanel(String idPrefix) {
        this.idPrefix = idPrefix;
        addClassName("praxis-standalone-panel");
        setId(idPrefix);
    }

    /** Empties the panel and puts the brand back at its top. */
    public void restart() {
        removeAll();
        H1 brand = new H1("Praxis");
        brand.addClassName("praxis-brand");
        add(brand);
    }

    /** Adds why the link cannot be used (id PREFIX-message) and a link to the sign-in page. */
    public void showGone(String text) {
        add(problem(text), new Anchor("login", "Go to sign-in"));
    }

    /** A problem message (id PREFIX-message) for a form to show or hide. */
    public Paragraph problem(String text) {
        Paragraph message = new Paragraph(text);
        message.setId(idPrefix + "-message");
        message.addClassName("praxis-problem");
        return message;
    }

    /** Replaces the form by the success message (id PREFIX-done) and a sign-in link (PREFIX-sign-in). */
    public void showDone(String text) {
        restart();
        Paragraph done = new Paragraph(text);
        done.setId(idPrefix + "-done");
        done.addClassName("praxis-success");
        Anchor signIn = new Anchor("login", "Sign in");
        signIn.setId(idPrefix + "-sign-in");
        add(done, signIn);
    }

    /** The password fields (ids PREFIX-password, PREFIX-repeat). */
    public NewPassword newPassword(String label) {
        PasswordField password = new PasswordField(label);
        password.setId(idPrefix + "-password");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters; a phrase is easiest.");
        PasswordField repeat = new PasswordField("Repeat the password");
        repeat.setId(idPrefix + "-repeat");
        return new NewPassword(password, repeat);
    }
}
