package io.praxis.app.cohort;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.shell.CopyField;
import io.praxis.app.shell.FieldErrors;
import io.praxis.app.shell.PublicLinks;
import java.util.Map;

/** Invite links on the cohort page: create one with a validity in days, list and revoke them. */
class InvitePanel extends Div {

    /** Validity offered by default: two weeks, enough for a cohort's first days. */
    static final int DEFAULT_DAYS = 14;

    private final InviteService invites;
    private final PublicLinks links;
    private final long actorId;
    private final long cohortId;
    private final Div list = new Div();

    InvitePanel(InviteService invites, PublicLinks links, long actorId, long cohortId) {
        this.invites = invites;
        this.links = links;
        this.actorId = actorId;
        this.cohortId = cohortId;
        Paragraph help = new Paragraph("Anyone with an invite link can sign up as a learner of this cohort until it "
                + "expires or you revoke it.");
        help.addClassName("praxis-muted");
        IntegerField days = new IntegerField("Valid for (days)");
        days.setId("invite-days");
        days.setMin(1);
        days.setMax(InviteService.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(DEFAULT_DAYS);
        Button create = new Button("Create invite link");
        create.setId("invite-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        CopyField link = new CopyField("invite-link", "Invite link");
        link.setVisible(false);
        create.addClickListener(e -> {
            FieldErrors.clear(Map.of("days", days));
            try {
                var invite = invites.create(actorId, cohortId, days.getValue());
                link.show(links.absolute("join/" + invite.code()), "Code " + invite.code() + " · valid until "
                        + CohortView.WHEN.format(invite.expiresAt()));
                refresh();
            } catch (InvalidFieldsException problems) {
                FieldErrors.show(problems, Map.of("days", days));
            }
        });
        Div form = new Div(days, create);
        form.addClassName("praxis-form");
        list.setId("invite-list");
        add(help, form, link, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (var invite : invites.invitesOf(actorId, cohortId)) {
            Span code = new Span(invite.code());
            code.addClassName("name");
            Span state = new Span(switch (invite.state()) {
                case VALID -> "valid until " + CohortView.WHEN.format(invite.expiresAt());
                case EXPIRED -> "expired " + CohortView.WHEN.format(invite.expiresAt());
                case REVOKED -> "revoked " + CohortView.WHEN.format(invite.revokedAt());
                case UNKNOWN -> "";
            });
            state.addClassName("grow");
            Span uses = new Span(invite.uses() + (invite.uses() == 1 ? " sign-up" : " sign-ups"));
            uses.addClassName("praxis-muted");
            Div row = new Div(code, state, uses);
            row.addClassName("praxis-row");
            row.setId("invite-" + invite.id());
            if (invite.state() == InviteService.InviteState.VALID) {
                Button revoke = new Button("Revoke", e -> {
                    invites.revoke(actorId, invite.id());
                    refresh();
                });
                revoke.setId("invite-revoke-" + invite.id());
                revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(revoke);
            }
            list.add(row);
        }
    }
}
