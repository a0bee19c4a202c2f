package io.praxis.app.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.praxis.app.account.Account;
import io.praxis.app.account.Role;
import io.praxis.app.shell.Cards;
import io.praxis.content.plan.PlanTemplate;
import java.util.Set;

/** The learner's home card: this week of the 90-day plan and the pace. */
@org.springframework.stereotype.Component
class PlanHomePanel implements io.praxis.app.shell.HomePanel {

    private final PlanService plans;

    PlanHomePanel(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.LEARNER);
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(Account account) {
        Div card = Cards.card("plan-card", "Your 90-day plan");
        if (plans.template().isEmpty()) {
            card.add(new Paragraph("No plan template is installed."));
            return card;
        }
        plans.plan(account.getId()).ifPresentOrElse(plan -> {
            int current = plan.currentWeek();
            if (current >= 1 && current <= PlanTemplate.WEEKS) {
                WeekProgress week = plan.week(current).orElseThrow();
                card.add(new Paragraph("Week " + current + ": " + week.template().title() + " · " + week.done()
                        + " of " + week.tasks().size() + " tasks done"));
            } else {
                card.add(new Paragraph(current < 1 ? "Your plan starts on " + PlanPage.DAY.format(plan.start())
                        : "Your 90 days are over; see what you achieved."));
            }
            Paragraph pace = new Paragraph(plan.pace().describe("today"));
            pace.setId("plan-card-pace");
            pace.addClassName("praxis-muted");
            card.add(pace);
        }, () -> card.add(new Paragraph("Choose the day your 90 days start.")));
        card.add(new Div(new Anchor("plan", "Open your plan")));
        return card;
    }
}
