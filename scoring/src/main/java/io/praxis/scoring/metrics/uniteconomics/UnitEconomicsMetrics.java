package io.praxis.scoring.metrics.uniteconomics;

import io.praxis.scoring.metrics.MetricValue;

/**
 * Unit economics of an AI feature (METRICS.md §12, {@code unit_economics}).
 */
public final class UnitEconomicsMetrics {

    private UnitEconomicsMetrics() {
    }

    /**
     * Computes cost_per_action = total_cost/actions, cost_per_success = total_cost/successes and
     * success_rate = successes/actions; each undefined when its divisor is 0.
     */
    public static UnitEconomicsResult compute(UnitEconomicsInput in) {
        double cost = in.totalCost();
        return new UnitEconomicsResult(
                MetricValue.ratio(cost, in.actions(), "actions = 0"),
                MetricValue.ratio(cost, in.successes(), "successes = 0"),
                MetricValue.ratio(in.successes(), in.actions(), "actions = 0"));
    }
}
