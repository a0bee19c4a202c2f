package io.praxis.app.calculators;

import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.app.charts.XyChart;
import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.samplesize.SampleSizeInput;
import io.praxis.scoring.metrics.samplesize.SampleSizeMetrics;
import io.praxis.scoring.metrics.samplesize.SampleSizeResult;
import java.util.ArrayList;
import java.util.List;

/** Visitors needed per arm of a conversion test ({@code samplesize} family). */
final class SampleSizeCalculator extends CalculatorForm {

    private static final int CURVE_POINTS = 40;

    private final InputField baseline = add(InputField.line("baseline_rate", "baseline_rate",
            "Baseline conversion rate").helper("Today's rate as a fraction: 0.1 = 10%"));
    private final InputField mde = add(InputField.line("mde", "mde", "Minimum detectable effect")
            .helper("Absolute change to detect: 0.01 = one percentage point"));
    private final InputField alpha = add(InputField.line("alpha", "alpha", "Significance level α")
            .helper("Two-sided; 0.05 is usual"));
    private final InputField power = add(InputField.line("power", "power", "Power")
            .helper("Chance of detecting a real effect of that size; 0.8 is usual"));
    private final ChartFigure chart = new ChartFigure("samplesize-chart", 560, 340);

    SampleSizeCalculator() {
        preset("checkout", "Checkout conversion", "10% of shoppers buy today; the team wants to detect a "
                + "lift to 11%.", null, "baseline_rate", "0.1", "mde", "0.01", "alpha", "0.05", "power", "0.8");
        preset("signup", "Rare sign-up", "2% of visitors sign up; a smarter onboarding should add 0.2 points.",
                null, "baseline_rate", "0.02", "mde", "0.002", "alpha", "0.05", "power", "0.8");
        preset("bold", "Bold redesign", "A big change on a common action: 30% to 35%, with 90% power.", null,
                "baseline_rate", "0.3", "mde", "0.05", "alpha", "0.05", "power", "0.9");
        visuals().add(chart);
    }

    @Override
    protected void calculate() {
        double p1 = number(baseline);
        double d = number(mde);
        double a = number(alpha);
        double pw = number(power);
        stopIfInvalid();
        SampleSizeInput in = new SampleSizeInput(p1, d, a, pw);
        SampleSizeResult r = SampleSizeMetrics.compute(in);
        ResultList out = results();
        out.value("n_per_arm", "Visitors per arm", Numbers.count(r.nPerArm()), "You need "
                + Numbers.count(r.nPerArm()) + " visitors in each arm (" + Numbers.count(2 * r.nPerArm())
                + " in all) to detect a change from " + Numbers.percent(p1) + " to " + Numbers.percent(in.targetRate())
                + " " + Numbers.percent(pw) + " of the time, at α = " + Numbers.format(a) + ".");
        out.metric("n_per_arm_unrounded", "Exact solution", r.nPerArmUnrounded(),
                v -> "The solution of the power equation before rounding up to whole visitors.");
        out.metric("cohens_h", "Effect size (Cohen's h)", r.cohensH(), v -> "By Cohen's rule of thumb this is a "
                + (v < 0.2 ? "very small" : v < 0.5 ? "small" : v < 0.8 ? "medium" : "large")
                + " effect (0.2 small, 0.5 medium, 0.8 large); smaller effects need many more visitors.");

        List<double[]> curve = new ArrayList<>();
        double lo = d / 3;
        double hi = Math.min(d * 3, (1 - p1) * 0.999);
        for (int i = 0; i < CURVE_POINTS; i++) {
            double m = lo + (hi - lo) * i / (CURVE_POINTS - 1);
            try {
                long n = SampleSizeMetrics.compute(new SampleSizeInput(p1, m, a, pw)).nPerArm();
                curve.add(new double[] {m, n});
            } catch (InvalidInputException e) {
                // an effect too small to plan for: leave it off the curve
            }
        }
        double[] x = curve.stream().mapToDouble(c -> c[0]).toArray();
        double[] y = curve.stream().mapToDouble(c -> c[1]).toArray();
        DataTable table = new DataTable("Visitors per arm by minimum detectable effect", "Effect (points)",
                "Visitors per arm");
        for (int i = 0; i < x.length; i += 4) {
            table.row(Numbers.gap(x[i]), Numbers.count((long) y[i]));
        }
        table.row(Numbers.gap(d) + " (yours)", Numbers.count(r.nPerArm()));
        chart.show(XyChart.create(null, "Minimum detectable effect (absolute)", "Visitors per arm")
                        .xPercent().noLegend()
                        .line("Visitors per arm", x, y)
                        .point(Numbers.count(r.nPerArm()) + " per arm", d, r.nPerArm())
                        .build(),
                "Visitors needed per arm as the effect to detect shrinks from " + Numbers.gap(hi) + " to "
                        + Numbers.gap(lo) + "; halving the effect roughly quadruples the sample.", table);
    }

    @Override
    protected void clearOutputs() {
        chart.showMessage("Fix the inputs to see how the sample size depends on the effect.");
    }
}
