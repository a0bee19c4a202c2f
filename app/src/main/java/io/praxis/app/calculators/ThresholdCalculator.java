package io.praxis.app.calculators;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.ConfusionMatrixGrid;
import io.praxis.app.charts.DataTable;
import io.praxis.app.charts.XyChart;
import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import io.praxis.scoring.metrics.confusion.ConfusionInput;
import io.praxis.scoring.metrics.confusion.ConfusionMetrics;
import io.praxis.scoring.metrics.confusion.ConfusionResult;
import io.praxis.scoring.metrics.threshold.PrPoint;
import io.praxis.scoring.metrics.threshold.RocPoint;
import io.praxis.scoring.metrics.threshold.ThresholdCurves;
import io.praxis.scoring.metrics.threshold.ThresholdInput;
import io.praxis.scoring.metrics.threshold.ThresholdMetrics;
import io.praxis.scoring.metrics.threshold.ThresholdResult;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision threshold over scored examples ({@code threshold} family): the confusion matrix and
 * metrics at the threshold, the threshold-free ROC AUC, average precision and log loss, and the
 * ROC and precision–recall curves with the current threshold marked. A slider moves the
 * threshold and everything updates. Scores are pasted as CSV ({@link ScoresCsv}).
 */
final class ThresholdCalculator extends CalculatorForm {

    static final String SPAM = sample(7, 200, 0.3, 2.4);
    static final String FRAUD = sample(11, 1000, 0.02, 3.0);
    static final String MODERATION = sample(13, 300, 0.1, 1.8);
    static final String ONE_CLASS = sample(17, 40, 0.0, 2.0);

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final InputField threshold;
    private final Input slider = new Input(ValueChangeMode.TIMEOUT);
    private final InputField csv;
    private final Div csvErrors = new Div();
    private final Paragraph summary = new Paragraph();
    private final ConfusionMatrixGrid grid = new ConfusionMatrixGrid("cm");
    private final ChartFigure roc = new ChartFigure("roc-chart", 480, 420);
    private final ChartFigure pr = new ChartFigure("pr-chart", 480, 420);
    private boolean syncing;

    private String parsedText;
    private ScoresCsv.Parsed parsed;
    private ThresholdCurves curves;

    ThresholdCalculator() {
        threshold = add(InputField.line("t", "threshold", "Threshold").id("calc-threshold")
                .helper("Flag an item when its score ≥ the threshold"));
        slider.setType("range");
        slider.setId("threshold-slider");
        slider.getElement().setAttribute("min", "0").setAttribute("max", "1").setAttribute("step", "0.01");
        slider.setAriaLabel("Threshold");
        slider.setValueChangeTimeout(120);
        slider.addClassName("praxis-slider");
        slider.addValueChangeListener(e -> {
            if (!syncing && e.getValue() != null && !e.getValue().isBlank()) {
                threshold.setValue(e.getValue());
            }
        });
        NativeLabel sliderLabel = new NativeLabel("Move the threshold");
        sliderLabel.setFor(slider);
        Div sliderRow = new Div(sliderLabel, new Span("0"), slider, new Span("1"));
        sliderRow.addClassName("praxis-slider-row");
        addToInputs(sliderRow);
        csv = add(InputField.area("csv", "Scores: one label,score pair per line", "y_true", "y_score")
                .id("csv-input")
                .helper("label is 1 (positive) or 0, score a number from 0 to 1; an optional header line; up to "
                        + Numbers.count(ScoresCsv.MAX_ROWS) + " rows")
                .messages(this::lineOf));
        csv.component().addClassName("praxis-csv");
        ((TextArea) csv.component()).setMaxLength(ScoresCsv.MAX_CHARS);
        csvErrors.setId("csv-error");
        csvErrors.addClassName("praxis-csv-errors");
        csvErrors.setVisible(false);
        addToInputs(csvErrors);

        preset("spam", "Spam filter", "200 messages scored by a spam model; 30% are spam. Move the threshold "
                + "and watch caught spam trade against false alarms.", Wording.SPAM, "t", "0.5", "csv", SPAM);
        preset("fraud", "Card fraud", "1,000 card payments, about 2% fraudulent. With positives this rare the "
                + "ROC curve looks fine while precision stays low: compare the two charts.", Wording.FRAUD,
                "t", "0.5", "csv", FRAUD);
        preset("moderation", "Content moderation", "300 posts, 10% harmful, scored by a weaker model.",
                Wording.MODERATION, "t", "0.4", "csv", MODERATION);
        preset("one-class", "No spam in the sample", "40 messages and none of them spam: the curves and "
                + "recall have nothing to measure.", Wording.SPAM, "t", "0.5", "csv", ONE_CLASS);

        summary.setId("threshold-summary");
        summary.addClassName("praxis-calc-summary");
        Div charts = new Div(roc, pr);
        charts.addClassName("praxis-chart-pair");
        visuals().add(summary, grid, charts);
        showVisualsFirst();
    }

    @Override
    protected void calculate() {
        csvErrors.removeAll();
        csvErrors.setVisible(false);
        double t = number(threshold);
        if (!threshold.isInvalid()) {
            syncSlider();
        }
        ScoresCsv.Parsed p = parsed(csv.value());
        if (!p.ok()) {
            String first = p.problems().getFirst().toString();
            int more = p.problemCount() - 1;
            reject(csv, first + (more > 0 ? " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")" : ""));
            UnorderedList list = new UnorderedList();
            p.problems().forEach(pr -> list.add(new ListItem(pr.toString())));
            if (p.problemCount() > p.problems().size()) {
                list.add(new ListItem("… and " + (p.problemCount() - p.problems().size()) + " more"));
            }
            csvErrors.add(list);
            csvErrors.setVisible(true);
        }
        stopIfInvalid();
        ThresholdResult r = ThresholdMetrics.compute(new ThresholdInput(p.labels(), p.scores(), t));
        ThresholdCurves c = curves(p);
        ConfusionResult cr = ConfusionMetrics.compute(ConfusionInput.of(r.tp(), r.fp(), r.fn(), r.tn()));
        Wording w = wording();

        long n = p.rows();
        long flagged = r.tp() + r.fp();
        long positives = r.tp() + r.fn();
        double prevalence = (double) positives / n;
        summary.setText("At threshold " + Numbers.format(t) + " we flag " + Numbers.count(flagged) + " of "
                + Numbers.count(n) + " " + w.items() + " (" + Numbers.percent((double) flagged / n) + "): "
                + Numbers.count(r.tp()) + " of them are really " + w.positive() + ", and we miss "
                + Numbers.count(r.fn()) + " of the " + Numbers.count(positives) + " " + w.positives() + ".");
        grid.setLabels("Actually " + w.positive(), "Actually not " + w.positive(), "Flagged as " + w.positive(),
                "Not flagged");
        grid.setNotes("caught", "false alarms", "missed", "correctly passed");
        grid.setCounts(r.tp(), r.fp(), r.fn(), r.tn());
        grid.setVisible(true);

        ResultList out = results();
        out.metric("precision", "Precision at this threshold", cr.precision(), w::precision);
        out.metric("recall", "Recall at this threshold", cr.recall(), w::recall);
        out.metric("specificity", "Specificity at this threshold", cr.specificity(), w::specificity);
        out.metric("f1", "F1 at this threshold", cr.f1(),
                v -> "Balances precision and recall; it is high only when both are.");
        out.metric("accuracy", "Accuracy at this threshold", cr.accuracy(), v -> Numbers.capitalize(
                Numbers.percent(v) + " of all " + w.items() + " are labelled correctly."));
        out.metric("roc_auc", "ROC AUC", r.rocAuc(), v -> "Across all pairs of one of the " + w.positives()
                + " and one of the " + w.negatives() + ", the " + w.positive() + " one scores higher "
                + Numbers.percent(v) + " of the time (50% is a coin flip). It does not depend on the threshold.");
        out.metric("average_precision", "Average precision", r.averagePrecision(), v -> "Precision averaged over "
                + "every recall level as the threshold sweeps down; random scores would get about "
                + Numbers.percent(prevalence) + ", the share of " + w.positives() + ".");
        out.metric("log_loss", "Log loss", r.logLoss(), v -> "How confident and well calibrated the scores are: "
                + "lower is better; always answering 50% scores 0.693.");

        drawRoc(c, r, t, w, n);
        drawPr(c, r, cr, t, w, prevalence);
    }

    private void syncSlider() {
        syncing = true;
        try {
            slider.setValue(threshold.value().strip());
        } finally {
            syncing = false;
        }
    }

    private void drawRoc(ThresholdCurves c, ThresholdResult r, double t, Wording w, long n) {
        List<RocPoint> pts = c.roc().points();
        if (pts.isEmpty()) {
            roc.showMessage("No ROC curve: " + reason(c.roc().auc()) + ".");
            roc.data("threshold", Numbers.format(t)).data("fpr", "").data("tpr", "");
            return;
        }
        double[] x = new double[pts.size()];
        double[] y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i).falsePositiveRate();
            y[i] = pts.get(i).truePositiveRate();
        }
        double fpr = (double) r.fp() / (r.fp() + r.tn());
        double tpr = (double) r.tp() / (r.tp() + r.fn());
        String label = "t = " + Numbers.format(t);
        var chart = XyChart.create(null, "False positive rate (" + w.negatives() + " flagged)",
                        "True positive rate (" + w.positives() + " caught)")
                .xRange(0, 1).yRange(0, 1.02).xPercent().yPercent()
                .dashedLine("Random guess", new double[] {0, 1}, new double[] {0, 1})
                .line("ROC curve, AUC " + Numbers.format(c.roc().auc().orElseThrow()), x, y)
                .point(label, fpr, tpr)
                .build();
        DataTable table = new DataTable("Points of the ROC curve at selected thresholds",
                "Threshold", "Flagged", "True positive rate", "False positive rate");
        for (double tau : tableThresholds(t)) {
            RocPoint p = rocAt(pts, tau);
            long f = p.truePositives() + p.falsePositives();
            table.row(Numbers.format(tau) + (tau == t ? " (current)" : ""), Numbers.count(f),
                    Numbers.percent(p.truePositiveRate()), Numbers.percent(p.falsePositiveRate()));
        }
        roc.show(chart, "ROC curve of " + Numbers.count(n) + " " + w.items() + ", AUC "
                + Numbers.format(c.roc().auc().orElseThrow()) + ". The dot marks threshold " + Numbers.format(t)
                + ": " + Numbers.percent(tpr) + " of " + w.positives() + " caught, " + Numbers.percent(fpr) + " of "
                + w.negatives() + " flagged.", table);
        roc.data("threshold", Numbers.format(t)).data("fpr", Numbers.format(fpr)).data("tpr", Numbers.format(tpr));
    }

    private void drawPr(ThresholdCurves c, ThresholdResult r, ConfusionResult cr, double t, Wording w,
            double prevalence) {
        List<PrPoint> pts = c.pr().points();
        if (pts.isEmpty()) {
            pr.showMessage("No precision–recall curve: " + reason(c.pr().averagePrecision()) + ".");
            return;
        }
        double[] x = new double[pts.size()];
        double[] y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i).recall();
            y[i] = pts.get(i).precision();
        }
        XyChart b = XyChart.create(null, "Recall (" + w.positives() + " caught)", "Precision (flags that are right)")
                .xRange(0, 1).yRange(0, 1.02).xPercent().yPercent()
                .yMarker("random scores: " + Numbers.percent(prevalence), prevalence)
                .line("Precision–recall curve, AP " + Numbers.format(c.pr().averagePrecision().orElseThrow()), x, y);
        String where;
        if (cr.precision().isDefined() && cr.recall().isDefined()) {
            double rec = cr.recall().orElseThrow();
            double prec = cr.precision().orElseThrow();
            b.point("t = " + Numbers.format(t), rec, prec);
            where = "The dot marks threshold " + Numbers.format(t) + ": recall " + Numbers.percent(rec)
                    + ", precision " + Numbers.percent(prec) + ".";
            pr.data("recall", Numbers.format(rec)).data("precision", Numbers.format(prec));
        } else {
            where = "At threshold " + Numbers.format(t) + " nothing is flagged, so precision is undefined and "
                    + "no dot is drawn.";
            pr.data("recall", "").data("precision", "");
        }
        DataTable table = new DataTable("Points of the precision–recall curve at selected thresholds",
                "Threshold", "Recall", "Precision");
        for (double tau : tableThresholds(t)) {
            PrPoint p = prAt(pts, tau);
            long f = p.truePositives() + p.falsePositives();
            table.row(Numbers.format(tau) + (tau == t ? " (current)" : ""), Numbers.percent(p.recall()),
                    f == 0 ? "undefined (nothing flagged)" : Numbers.percent(p.precision()));
        }
        pr.show(b.build(), "Precision–recall curve, average precision "
                + Numbers.format(c.pr().averagePrecision().orElseThrow()) + ". " + where, table);
    }

    @Override
    protected void clearOutputs() {
        grid.clearCounts();
        summary.setText("");
        roc.showMessage("Fix the inputs to see the ROC curve.");
        pr.showMessage("Fix the inputs to see the precision–recall curve.");
    }

    private ScoresCsv.Parsed parsed(String text) {
        if (!text.equals(parsedText)) {
            parsed = ScoresCsv.parse(text);
            parsedText = text;
            curves = null;
        }
        return parsed;
    }

    private ThresholdCurves curves(ScoresCsv.Parsed p) {
        if (curves == null) {
            curves = ThresholdMetrics.curves(p.labels(), p.scores());
        }
        return curves;
    }

    /** "y_score[3] must be …" → "line 5: y_score[3] must be …", using the line of data row 3. */
    private String lineOf(InvalidInputException e) {
        Matcher m = INDEX.matcher(e.field());
        if (m.find() && parsed != null) {
            int row = Integer.parseInt(m.group(1));
            if (row < parsed.lines().length) {
                return "line " + parsed.lines()[row] + ": " + e.getMessage();
            }
        }
        return e.getMessage();
    }

    private static String reason(MetricValue v) {
        return v instanceof MetricValue.Undefined(String reason) ? reason : "not available";
    }

    private static TreeSet<Double> tableThresholds(double current) {
        TreeSet<Double> ts = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (int i = 10; i >= 0; i--) {
            ts.add(i / 10.0);
        }
        ts.add(current);
        return ts;
    }

    /** The ROC point of threshold {@code tau}: the last point whose threshold is ≥ tau. */
    static RocPoint rocAt(List<RocPoint> pts, double tau) {
        int lo = 0;
        int hi = pts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pts.get(mid).threshold() >= tau) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return pts.get(lo);
    }

    static PrPoint prAt(List<PrPoint> pts, double tau) {
        int lo = 0;
        int hi = pts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pts.get(mid).threshold() >= tau) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return pts.get(lo);
    }

    /**
     * A deterministic example: {@code n} items, each positive with probability
     * {@code prevalence}, scored by a logistic of a normal variable shifted by ±separation/2,
     * rounded to two decimals (so some scores tie, as real ones do).
     */
    static String sample(long seed, int n, double prevalence, double separation) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(n * 8 + 16).append("label,score\n");
        for (int i = 0; i < n; i++) {
            int y = rnd.nextDouble() < prevalence ? 1 : 0;
            double u1 = rnd.nextDouble();
            double u2 = rnd.nextDouble();
            double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
            double s = 1 / (1 + Math.exp(-(z + (y == 1 ? separation / 2 : -separation / 2))));
            sb.append(y).append(',').append(String.format(Locale.ROOT, "%.2f", s)).append('\n');
        }
        return sb.toString();
    }
}
