package io.praxis.app.calculators;

import io.praxis.app.charts.BarChart;
import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import io.praxis.scoring.metrics.confusion.ConfusionInput;
import io.praxis.scoring.metrics.confusion.ConfusionMetrics;
import io.praxis.scoring.metrics.confusion.ConfusionResult;
import io.praxis.scoring.metrics.fairness.FairnessInput;
import io.praxis.scoring.metrics.fairness.FairnessMetrics;
import io.praxis.scoring.metrics.fairness.FairnessResult;
import io.praxis.scoring.metrics.fairness.GroupLabels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Between-group fairness gaps ({@code fairness} family). Each group is typed as its four
 * confusion counts, which is how fairness reviews report them; they are expanded to the label
 * lists the metric library takes.
 */
final class FairnessCalculator extends CalculatorForm {

    /** The most people accepted over all groups (the label lists are built in memory). */
    static final long MAX_PEOPLE = 2_000_000;

    private record Group(String name, int line, long tp, long fp, long fn, long tn) {
        long size() {
            return tp + fp + fn + tn;
        }
    }

    private final InputField groups = add(InputField.area("groups", "Outcomes per group", "groups")
            .helper("One line per group: name, tp, fp, fn, tn, where tp = selected and qualified, fp = selected "
                    + "but not qualified, fn = qualified but rejected, tn = rightly rejected"));
    private final ChartFigure chart = new ChartFigure("fairness-chart", 600, 340);
    private final List<Group> parsed = new ArrayList<>();

    FairnessCalculator() {
        groups.messages(this::locate);
        preset("loans", "Loan approvals", "A credit model's approvals by applicant group; \"qualified\" means "
                + "the applicant went on to repay.", null,
                "groups", "Group A, 300, 60, 100, 540\nGroup B, 150, 40, 110, 300");
        preset("hiring", "Hiring screen", "A CV-screening model; \"qualified\" means a hiring panel later "
                + "rated the candidate as a fit.", null,
                "groups", "Women, 45, 20, 30, 405\nMen, 70, 30, 15, 385\nNon-binary, 4, 2, 3, 31");
        preset("no-qualified", "A group with no qualified applicants", "In this sample nobody from the "
                + "rural group qualified, so their true positive rate, and every gap built on it, is undefined.",
                null, "groups", "Urban, 120, 30, 20, 230\nRural, 0, 15, 0, 85");
        visuals().add(chart);
    }

    @Override
    protected void calculate() {
        parse();
        stopIfInvalid();
        Map<String, GroupLabels> labels = new LinkedHashMap<>();
        for (Group g : parsed) {
            labels.put(g.name, expand(g));
        }
        FairnessResult r = FairnessMetrics.compute(new FairnessInput(labels));

        List<String> names = new ArrayList<>();
        double[] selection = new double[parsed.size()];
        double[] tpr = new double[parsed.size()];
        double[] fpr = new double[parsed.size()];
        DataTable table = new DataTable("Rates per group", "Group", "People", "Selection rate",
                "True positive rate", "False positive rate");
        for (int i = 0; i < parsed.size(); i++) {
            Group g = parsed.get(i);
            ConfusionResult c = ConfusionMetrics.compute(ConfusionInput.of(g.tp, g.fp, g.fn, g.tn));
            names.add(g.name);
            selection[i] = (double) (g.tp + g.fp) / g.size();
            tpr[i] = c.recall().orElse(Double.NaN);
            fpr[i] = c.specificity() instanceof MetricValue.Defined(double s) ? 1 - s : Double.NaN;
            table.row(g.name, Numbers.count(g.size()), Numbers.percent(selection[i]),
                    c.recall().isDefined() ? Numbers.percent(tpr[i]) : "undefined (no qualified people)",
                    c.specificity().isDefined() ? Numbers.percent(fpr[i]) : "undefined (no unqualified people)");
        }
        int most = argmax(selection);
        int least = argmin(selection);

        ResultList out = results();
        out.metric("demographic_parity_difference", "Demographic parity difference", r.demographicParityDifference(),
                Numbers::gap, v -> "Selection rates differ by up to " + Numbers.gap(v)
                        + " between groups (" + names.get(most) + " " + Numbers.percent(selection[most]) + ", "
                        + names.get(least) + " " + Numbers.percent(selection[least]) + ").");
        out.metric("demographic_parity_ratio", "Demographic parity ratio", r.demographicParityRatio(),
                Numbers::percent, v -> "The least-selected group is selected at " + Numbers.percent(v)
                        + " of the rate of the most-selected one; the US \"four-fifths rule\" flags ratios below 80%"
                        + (v < 0.8 ? ", so this one would be flagged." : "."));
        out.metric("equal_opportunity_difference", "Equal opportunity difference",
                r.equalOpportunityDifference(), Numbers::gap, v -> "Among qualified people, selection rates "
                        + "differ by up to " + Numbers.gap(v) + " between groups.");
        out.metric("equalized_odds_difference", "Equalized odds difference", r.equalizedOddsDifference(),
                Numbers::gap, v -> "The larger of the gaps in true positive and false positive rates: "
                        + Numbers.gap(v) + ".");

        chart.show(BarChart.create(null, "Group", "Rate").percentValues().valueRange(0, 1.05)
                        .series("Selection rate", names, selection)
                        .series("True positive rate", names, tpr)
                        .series("False positive rate", names, fpr).build(),
                "Selection, true positive and false positive rates per group; the gaps between groups are the "
                        + "fairness metrics. A missing bar is an undefined rate.", table);
    }

    private void parse() {
        parsed.clear();
        List<String> lines = Numbers.lines(groups.value());
        long people = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("[,;\\t]", -1);
            String where = "line " + (i + 1) + ": ";
            if (cells.length != 5) {
                reject(groups, where + "expected 5 values (name, tp, fp, fn, tn), got " + cells.length);
                return;
            }
            String name = cells[0].strip();
            long[] counts = new long[4];
            boolean header = true;
            for (int k = 0; k < 4; k++) {
                Long v = Numbers.parseWhole(cells[k + 1]);
                if (v != null) {
                    header = false;
                }
                counts[k] = v == null ? -1 : v;
            }
            if (header && parsed.isEmpty() && i == firstContentLine(lines)) {
                continue; // a header such as "group, tp, fp, fn, tn"
            }
            String[] names = {"tp", "fp", "fn", "tn"};
            for (int k = 0; k < 4; k++) {
                if (counts[k] < 0) {
                    reject(groups, where + names[k] + " " + Numbers.quote(cells[k + 1])
                            + " must be a whole number ≥ 0");
                    return;
                }
            }
            if (name.isEmpty()) {
                reject(groups, where + "the group needs a name");
                return;
            }
            if (parsed.stream().anyMatch(g -> g.name.equals(name))) {
                reject(groups, where + "group '" + name + "' appears twice");
                return;
            }
            Group g = new Group(name, i + 1, counts[0], counts[1], counts[2], counts[3]);
            if (g.size() == 0) {
                reject(groups, where + "group '" + name + "' has no people (all counts are 0)");
                return;
            }
            people += g.size();
            if (people > MAX_PEOPLE) {
                reject(groups, where + "too many people: at most " + Numbers.count(MAX_PEOPLE) + " over all groups");
                return;
            }
            parsed.add(g);
        }
        if (parsed.isEmpty()) {
            reject(groups, "groups: type one line per group, e.g. Group A, 300, 60, 100, 540");
        }
    }

    private static int firstContentLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).strip().startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private static GroupLabels expand(Group g) {
        int n = (int) g.size();
        int[] t = new int[n];
        int[] p = new int[n];
        int i = 0;
        Arrays.fill(t, i, i + (int) g.tp, 1);
        Arrays.fill(p, i, i + (int) g.tp, 1);
        i += (int) g.tp;
        Arrays.fill(p, i, i + (int) g.fp, 1);
        i += (int) g.fp;
        Arrays.fill(t, i, i + (int) g.fn, 1);
        return new GroupLabels(t, p);
    }

    /** "groups.A.y_true must …" → "line 2: groups.A.y_true must …". */
    private String locate(InvalidInputException e) {
        for (Group g : parsed) {
            if (e.field().startsWith("groups." + g.name + ".") || e.field().equals("groups." + g.name)) {
                return "line " + g.line + ": " + e.getMessage();
            }
        }
        return e.getMessage();
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int argmin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    protected void clearOutputs() {
        chart.showMessage("Fix the inputs to see the rates per group.");
    }
}
