package io.praxis.app.calculators;

import io.praxis.app.charts.ConfusionMatrixGrid;
import io.praxis.scoring.metrics.confusion.ConfusionInput;
import io.praxis.scoring.metrics.confusion.ConfusionMetrics;
import io.praxis.scoring.metrics.confusion.ConfusionResult;

/** Confusion-matrix metrics from the four counts ({@code confusion} family). */
final class ConfusionCalculator extends CalculatorForm {

    private final InputField tp = add(InputField.line("tp", "tp", "True positives (tp)")
            .helper("Flagged, and really positive"));
    private final InputField fp = add(InputField.line("fp", "fp", "False positives (fp)")
            .helper("Flagged, but really negative"));
    private final InputField fn = add(InputField.line("fn", "fn", "False negatives (fn)")
            .helper("Missed: positive but not flagged"));
    private final InputField tn = add(InputField.line("tn", "tn", "True negatives (tn)")
            .helper("Correctly left alone"));
    private final InputField beta = add(InputField.line("beta", "beta", "β for F-beta")
            .helper("β > 1 values recall more; β < 1 values precision more"));
    private final ConfusionMatrixGrid grid = new ConfusionMatrixGrid("cm");

    ConfusionCalculator() {
        preset("spam", "Spam filter", "1,000 messages, 120 of them spam. The filter flags 100 and 90 of those "
                + "really are spam.", Wording.SPAM, "tp", "90", "fp", "10", "fn", "30", "tn", "870", "beta", "1");
        preset("fraud", "Card fraud", "10,000 card payments, 50 fraudulent. The model blocks 200, catching 40 "
                + "frauds and annoying 160 genuine customers. Accuracy looks superb; precision tells the truth.",
                Wording.FRAUD, "tp", "40", "fp", "160", "fn", "10", "tn", "9790", "beta", "2");
        preset("moderation", "Content moderation", "5,000 posts, 250 harmful. A strict model removes 400 posts.",
                Wording.MODERATION, "tp", "230", "fp", "170", "fn", "20", "tn", "4580", "beta", "0.5");
        preset("nothing-flagged", "Nothing flagged", "A brand-new spam filter that has not flagged a single "
                + "message yet: precision has nothing to divide by.", Wording.SPAM,
                "tp", "0", "fp", "0", "fn", "25", "tn", "975", "beta", "1");
        visuals().add(grid);
    }

    @Override
    protected void calculate() {
        long a = whole(tp);
        long b = whole(fp);
        long c = whole(fn);
        long d = whole(tn);
        double bt = number(beta);
        stopIfInvalid();
        ConfusionInput in = new ConfusionInput(a, b, c, d, bt);
        ConfusionResult r = ConfusionMetrics.compute(in);
        Wording w = wording();
        grid.setLabels("Actually " + w.positive(), "Actually not " + w.positive(), "Flagged as " + w.positive(),
                "Not flagged");
        grid.setNotes("caught", "false alarms", "missed", "correctly passed");
        grid.setCounts(a, b, c, d);
        grid.setVisible(true);
        double n = (double) a + b + c + d;
        double prevalence = n == 0 ? 0 : (a + c) / n;
        ResultList out = results();
        out.metric("precision", "Precision", r.precision(), w::precision);
        out.metric("recall", "Recall (true positive rate)", r.recall(), w::recall);
        out.metric("f1", "F1 score", r.f1(), v -> "Balances precision and recall; it is high only when both are.");
        out.metric("f_beta", "F-beta (β = " + Numbers.format(bt) + ")", r.fBeta(), v -> bt > 1
                ? "Like F1, but recall (catching " + w.positives() + ") counts " + Numbers.format(bt)
                        + " times as much as precision."
                : bt < 1 ? "Like F1, but precision (not raising false alarms) counts " + Numbers.format(1 / bt)
                        + " times as much as recall." : "With β = 1 this is exactly F1.");
        out.metric("accuracy", "Accuracy", r.accuracy(), v -> Numbers.capitalize(Numbers.percent(v) + " of all "
                + w.items() + " are labelled correctly.") + (prevalence < 0.1 && n > 0
                        ? " Careful: only " + Numbers.percent(prevalence) + " are " + w.positive()
                                + ", so flagging nothing at all would already score " + Numbers.percent(1 - prevalence) + "."
                        : ""));
        out.metric("specificity", "Specificity (true negative rate)", r.specificity(), w::specificity);
        out.metric("balanced_accuracy", "Balanced accuracy", r.balancedAccuracy(),
                v -> "The average of the catch rate on " + w.positives() + " and the pass rate on " + w.negatives()
                        + ": " + Numbers.percent(v) + ", fair even when one class is rare.");
        out.metric("mcc", "Matthews correlation (MCC)", r.mcc(), v -> "Agreement between our flags and the truth "
                + "on a scale from −1 (always wrong) through 0 (no better than chance) to 1 (perfect)"
                + (v >= 0.7 ? ": strong." : v >= 0.3 ? ": moderate." : v > 0 ? ": weak." : ": no useful signal."));
    }

    @Override
    protected void clearOutputs() {
        grid.clearCounts();
    }
}
