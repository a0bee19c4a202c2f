package io.praxis.scoring.metrics.fairness;

import io.praxis.scoring.metrics.MetricValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Group fairness metrics (METRICS.md §10, {@code fairness}): Fairlearn's
 * {@code method="between_groups"} with {@code agg="worst_case"}, implemented from its
 * documented formulas.
 */
public final class FairnessMetrics {

    private FairnessMetrics() {
    }

    /**
     * Per group: selection rate SR = mean(y_pred), TPR = TP/(TP+FN), FPR = FP/(FP+TN). Then:
     * <ul>
     * <li>demographic_parity_difference = max SR − min SR</li>
     * <li>demographic_parity_ratio = min SR / max SR (disparate impact); undefined when
     *     max SR = 0, i.e. nobody is selected in any group (Fairlearn 0.9 raises).</li>
     * <li>equal_opportunity_difference = max TPR − min TPR; undefined when any group has no
     *     actual positives (Fairlearn silently uses TPR = 0).</li>
     * <li>equalized_odds_difference = max(max TPR − min TPR, max FPR − min FPR); undefined when
     *     any group has no actual positives or no actual negatives.</li>
     * </ul>
     * With a single group the differences are 0 and the ratio is 1 (when defined).
     */
    public static FairnessResult compute(FairnessInput in) {
        double minSr = Double.POSITIVE_INFINITY;
        double maxSr = Double.NEGATIVE_INFINITY;
        double minTpr = Double.POSITIVE_INFINITY;
        double maxTpr = Double.NEGATIVE_INFINITY;
        double minFpr = Double.POSITIVE_INFINITY;
        double maxFpr = Double.NEGATIVE_INFINITY;
        List<String> noPositives = new ArrayList<>();
        List<String> noNegatives = new ArrayList<>();
        for (Map.Entry<String, GroupLabels> e : in.groups().entrySet()) {
            int[] t = e.getValue().actual();
            int[] p = e.getValue().predicted();
            long tp = 0;
            long fp = 0;
            long fn = 0;
            long tn = 0;
            for (int i = 0; i < t.length; i++) {
                if (t[i] == 1) {
                    if (p[i] == 1) {
                        tp++;
                    } else {
                        fn++;
                    }
                } else if (p[i] == 1) {
                    fp++;
                } else {
                    tn++;
                }
            }
            double sr = (double) (tp + fp) / t.length;
            minSr = Math.min(minSr, sr);
            maxSr = Math.max(maxSr, sr);
            if (tp + fn == 0) {
                noPositives.add(e.getKey());
            } else {
                double tpr = (double) tp / (tp + fn);
                minTpr = Math.min(minTpr, tpr);
                maxTpr = Math.max(maxTpr, tpr);
            }
            if (fp + tn == 0) {
                noNegatives.add(e.getKey());
            } else {
                double fpr = (double) fp / (fp + tn);
                minFpr = Math.min(minFpr, fpr);
                maxFpr = Math.max(maxFpr, fpr);
            }
        }
        MetricValue dpDiff = MetricValue.of(maxSr - minSr);
        MetricValue dpRatio = maxSr == 0.0
                ? MetricValue.undefined("no group selects anyone (every selection rate is 0): min/max is 0/0")
                : MetricValue.of(minSr / maxSr);
        MetricValue eoDiff;
        MetricValue oddsDiff;
        if (!noPositives.isEmpty()) {
            String reason = groupList(noPositives) + " no actual positives: TPR undefined";
            eoDiff = MetricValue.undefined(reason);
            oddsDiff = MetricValue.undefined(reason);
        } else {
            eoDiff = MetricValue.of(maxTpr - minTpr);
            oddsDiff = !noNegatives.isEmpty()
                    ? MetricValue.undefined(groupList(noNegatives) + " no actual negatives: FPR undefined")
                    : MetricValue.of(Math.max(maxTpr - minTpr, maxFpr - minFpr));
        }
        return new FairnessResult(dpDiff, dpRatio, eoDiff, oddsDiff);
    }

    private static String groupList(List<String> names) {
        return (names.size() == 1 ? "group " + names.get(0) + " has" : "groups " + String.join(", ", names) + " have");
    }
}
