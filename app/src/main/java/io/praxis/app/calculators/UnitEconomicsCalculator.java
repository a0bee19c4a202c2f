package io.praxis.app.calculators;

import io.praxis.scoring.metrics.uniteconomics.UnitEconomicsInput;
import io.praxis.scoring.metrics.uniteconomics.UnitEconomicsMetrics;
import io.praxis.scoring.metrics.uniteconomics.UnitEconomicsResult;

/** Cost per action and per successful outcome of an AI feature ({@code unit_economics} family). */
final class UnitEconomicsCalculator extends CalculatorForm {

    private final InputField cost = add(InputField.line("total_cost", "total_cost", "Total cost")
            .helper("Model, hosting and review costs for the period, in any currency"));
    private final InputField actions = add(InputField.line("actions", "actions", "Actions")
            .helper("Calls, requests or conversations in the period"));
    private final InputField successes = add(InputField.line("successes", "successes", "Successful outcomes")
            .helper("Actions that achieved what the user came for"));

    UnitEconomicsCalculator() {
        preset("support-bot", "Support chatbot", "A month of an LLM support assistant: 40,000 conversations, "
                + "26,000 resolved without a human agent.", null,
                "total_cost", "1200", "actions", "40000", "successes", "26000");
        preset("code-review", "Code review bot", "Automated review comments on 90,000 pull-request files; "
                + "developers accepted 27,000 suggestions.", null,
                "total_cost", "5400", "actions", "90000", "successes", "27000");
        preset("launch-week", "Launch week, no successes yet", "A new feature that has been called 1,200 times "
                + "and has not yet produced an accepted result.", null,
                "total_cost", "350", "actions", "1200", "successes", "0");
    }

    @Override
    protected void calculate() {
        double c = number(cost);
        long a = whole(actions);
        long s = whole(successes);
        stopIfInvalid();
        UnitEconomicsResult r = UnitEconomicsMetrics.compute(new UnitEconomicsInput(c, a, s));
        ResultList out = results();
        out.metric("cost_per_action", "Cost per action", r.costPerAction(), v -> Numbers.grouped(v, 4),
                v -> "Each action costs " + Numbers.grouped(v, 4) + " on average, successful or not.");
        out.metric("cost_per_success", "Cost per successful outcome", r.costPerSuccess(), v -> Numbers.grouped(v, 4),
                v -> "Each successful outcome costs " + Numbers.grouped(v, 4) + ": compare this with what a success "
                        + "is worth to the user and the business.");
        out.metric("success_rate", "Success rate", r.successRate(), Numbers::percent,
                v -> Numbers.capitalize(Numbers.percent(v) + " of actions succeed; raising it lowers the cost per "
                        + "success as surely as cheaper calls do."));
    }
}
