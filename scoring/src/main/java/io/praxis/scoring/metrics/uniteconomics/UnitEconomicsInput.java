package io.praxis.scoring.metrics.uniteconomics;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;

/**
 * The cost and volume of an AI feature over a period.
 *
 * @param totalCost the total cost, a finite number ≥ 0
 * @param actions   the number of actions (calls, requests), ≥ 0
 * @param successes the successful actions, 0 ≤ successes ≤ actions
 */
public record UnitEconomicsInput(double totalCost, long actions, long successes) {

    /**
     * Validates the input.
     *
     * @throws InvalidInputException naming the field when a bound is violated
     */
    public UnitEconomicsInput {
        InputChecks.nonNegative("total_cost", totalCost);
        InputChecks.count("actions", actions);
        InputChecks.count("successes", successes);
        if (successes > actions) {
            throw new InvalidInputException("successes",
                    "successes cannot exceed actions (" + actions + "), got " + successes);
        }
    }
}
