package io.praxis.app.calculators;

import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.app.charts.XyChart;
import io.praxis.scoring.metrics.abtest.AbTestInput;
import io.praxis.scoring.metrics.abtest.AbTestMetrics;
import io.praxis.scoring.metrics.abtest.AbTestResult;

/** Significance and confidence interval of a two-arm conversion test ({@code abtest} family). */
final class AbTestCalculator extends CalculatorForm {

    private final InputField controlVisitors = add(InputField.line("control_visitors", "control_visitors",
            "Control visitors"));
    private final InputField controlConversions = add(InputField.line("control_conversions", "control_conversions",
            "Control conversions"));
    private final InputField treatmentVisitors = add(InputField.line("treatment_visitors", "treatment_visitors",
            "Treatment visitors"));
    private final InputField treatmentConversions = add(InputField.line("treatment_conversions",
            "treatment_conversions", "Treatment conversions"));
    private final InputField alpha = add(InputField.line("alpha", "alpha", "Significance level α")
            .helper("0.05 means 95% confidence"));
    private final ChartFigure chart = new ChartFigure("ci-chart", 560, 220);

    AbTestCalculator() {
        preset("checkout", "Checkout redesign", "A new checkout page was shown to half of 40,000 shoppers.",
                null, "control_visitors", "20000", "control_conversions", "1000", "treatment_visitors", "20000",
                "treatment_conversions", "1120", "alpha", "0.05");
        preset("smart-reply", "Smart reply pilot", "AI-suggested replies in a support inbox, measured by "
                + "tickets solved in one reply. Looks better, but is it?", null,
                "control_visitors", "2400", "control_conversions", "120", "treatment_visitors", "2350",
                "treatment_conversions", "131", "alpha", "0.05");
        preset("no-conversions", "No conversions yet", "Day one of a test on a rare action: nobody has "
                + "converted in either arm.", null, "control_visitors", "300", "control_conversions", "0",
                "treatment_visitors", "310", "treatment_conversions", "0", "alpha", "0.05");
        visuals().add(chart);
    }

    @Override
    protected void calculate() {
        long nc = whole(controlVisitors);
        long cc = whole(controlConversions);
        long nt = whole(treatmentVisitors);
        long ct = whole(treatmentConversions);
        double a = number(alpha);
        stopIfInvalid();
        AbTestResult r = AbTestMetrics.compute(new AbTestInput(cc, nc, ct, nt, a));
        String confidence = Numbers.percent(1 - a);
        double lo = r.ciLower().orElseThrow();
        double hi = r.ciUpper().orElseThrow();
        double diff = r.absoluteLift().orElseThrow();
        ResultList out = results();
        out.metric("control_rate", "Control conversion rate", r.controlRate(), Numbers::percent,
                v -> Numbers.percent(v) + " of control visitors converted.");
        out.metric("treatment_rate", "Treatment conversion rate", r.treatmentRate(), Numbers::percent,
                v -> Numbers.percent(v) + " of treatment visitors converted.");
        out.metric("absolute_lift", "Absolute lift", r.absoluteLift(), Numbers::points, v -> v == 0
                ? "Both arms convert at the same rate."
                : "Treatment converts " + Numbers.gap(v).replace(" pp", "")
                        + " percentage points " + (v > 0 ? "better" : "worse") + " than control.");
        out.metric("relative_lift", "Relative lift", r.relativeLift(), Numbers::percent, v -> "That is "
                + Numbers.percent(Math.abs(v)) + (v >= 0 ? " more" : " fewer") + " conversions than control.");
        out.metric("z", "z statistic", r.z(), v -> "The difference is " + Numbers.grouped(Math.abs(v), 2)
                + " standard errors away from zero.");
        out.metric("p_value", "p-value (two-sided)", r.pValue(), v -> "If the change made no difference, a gap "
                + "at least this large would show up " + Numbers.percent(v) + " of the time. " + (v < a
                        ? "That is below α = " + Numbers.format(a) + ": statistically significant."
                        : "That is not below α = " + Numbers.format(a) + ": this could well be noise."));
        out.metric("ci_lower", "Confidence interval, lower end", r.ciLower(), Numbers::points, v -> "With "
                + confidence + " confidence the true lift is at least " + Numbers.points(v) + ".");
        out.metric("ci_upper", "Confidence interval, upper end", r.ciUpper(), Numbers::points, v -> "… and at most "
                + Numbers.points(v) + ".");

        double left = Math.min(lo, 0);
        double right = Math.max(hi, 0);
        double pad = Math.max((right - left) * 0.25, 0.002);
        String verdict = lo > 0 ? "it excludes 0: the treatment is better"
                : hi < 0 ? "it excludes 0: the treatment is worse"
                : "it includes 0: no difference is still plausible";
        DataTable table = new DataTable("Lift and its " + confidence + " confidence interval", "Quantity",
                "Value (percentage points)");
        table.row("Lower end", Numbers.points(lo)).row("Estimate", Numbers.points(diff)).row("Upper end",
                Numbers.points(hi));
        chart.show(XyChart.create(null, "Lift: treatment rate − control rate", "")
                        .xRange(left - pad, right + pad).yRange(-1, 1).xPercent().hideYAxis().noLegend()
                        .xMarker("no difference", 0)
                        .segment(confidence + " confidence interval", lo, 0, hi, 0)
                        .point("lift " + Numbers.points(diff), diff, 0)
                        .build(),
                confidence + " confidence interval for the lift: from " + Numbers.points(lo) + " to "
                        + Numbers.points(hi) + "; " + verdict + ".", table);
    }

    @Override
    protected void clearOutputs() {
        chart.showMessage("Fix the inputs to see the confidence interval.");
    }
}
