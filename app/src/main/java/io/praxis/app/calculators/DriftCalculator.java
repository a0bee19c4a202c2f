package io.praxis.app.calculators;

import com.vaadin.flow.component.html.Div;
import io.praxis.app.charts.BarChart;
import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.scoring.metrics.drift.DriftInput;
import io.praxis.scoring.metrics.drift.DriftMetrics;
import io.praxis.scoring.metrics.drift.DriftResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Population stability index and KL divergence between two histograms ({@code drift} family). */
final class DriftCalculator extends CalculatorForm {

    static final int MAX_BINS = 200;

    private final InputField bins = add(InputField.line("bins", "bins", "Bin names (optional)")
            .helper("Separated by commas, one per bin"));
    private final InputField expected = add(InputField.line("expected", "expected", "Expected (training data)")
            .helper("Share or count per bin, separated by commas"));
    private final InputField actual = add(InputField.line("actual", "actual", "Actual (live data)")
            .helper("Same bins, same order"));
    private final ChartFigure psiChart = new ChartFigure("psi-chart", 560, 320);
    private final ChartFigure distChart = new ChartFigure("dist-chart", 560, 320);
    private NumberList expectedList;
    private NumberList actualList;

    DriftCalculator() {
        expected.messages(e -> expectedList == null ? e.getMessage() : expectedList.locate(e));
        actual.messages(e -> actualList == null ? e.getMessage() : actualList.locate(e));
        preset("age", "Applicant age", "Age of loan applicants at training time and this month.", null,
                "bins", "18–24, 25–34, 35–44, 45–54, 55+", "expected", "0.15, 0.30, 0.25, 0.18, 0.12",
                "actual", "0.18, 0.31, 0.24, 0.16, 0.11");
        preset("new-market", "New market launch", "After launching in a new country, far younger applicants "
                + "arrive than the model was trained on.", null,
                "bins", "18–24, 25–34, 35–44, 45–54, 55+", "expected", "0.15, 0.30, 0.25, 0.18, 0.12",
                "actual", "0.35, 0.35, 0.15, 0.10, 0.05");
        preset("new-category", "A new category appears", "Payments by method, as counts: a wallet option "
                + "launched after training, so the training data has none.", null,
                "bins", "Card, Bank transfer, PayPal, Wallet", "expected", "600, 300, 100, 0",
                "actual", "450, 250, 100, 200");
        Div pair = new Div(psiChart, distChart);
        pair.addClassName("praxis-chart-pair");
        visuals().add(pair);
    }

    @Override
    protected void calculate() {
        expectedList = NumberList.parse(expected.value(), MAX_BINS, "bins");
        actualList = NumberList.parse(actual.value(), MAX_BINS, "bins");
        if (!expectedList.ok()) {
            reject(expected, "expected: " + expectedList.problem());
        }
        if (!actualList.ok()) {
            reject(actual, "actual: " + actualList.problem());
        }
        stopIfInvalid();
        double[] e = expectedList.values();
        double[] a = actualList.values();
        DriftResult r = DriftMetrics.compute(new DriftInput(e, a));
        List<String> names = names(e.length);
        stopIfInvalid();

        ResultList out = results();
        out.metric("psi", "Population stability index (PSI)", r.psi(), v -> v < 0.1
                ? "Below 0.1: no significant shift."
                : v < 0.25 ? "Between 0.1 and 0.25: a moderate shift; investigate before it grows."
                : "Above 0.25: a major shift; the model sees data unlike its training data and may need retraining.");
        out.metric("kl_divergence", "KL divergence (actual ‖ expected)", r.klDivergence(), v -> Numbers.format(v)
                + " nats of information are lost by describing today's data with the training distribution; "
                + "0 means identical.");

        double[] es = shares(e);
        double[] as = shares(a);
        double[] contribution = new double[e.length];
        DataTable table = new DataTable("PSI contribution per bin", "Bin", "Expected share", "Actual share",
                "PSI contribution");
        for (int i = 0; i < e.length; i++) {
            // The same terms as DriftMetrics.compute: empty bins count as ε = 1e-4.
            double ei = es[i] > 0 ? es[i] : DriftMetrics.PSI_EPSILON;
            double ai = as[i] > 0 ? as[i] : DriftMetrics.PSI_EPSILON;
            contribution[i] = (ai - ei) * Math.log(ai / ei);
            table.row(names.get(i), Numbers.percent(es[i]), Numbers.percent(as[i]), Numbers.format(contribution[i]));
        }
        int worst = 0;
        for (int i = 1; i < contribution.length; i++) {
            if (contribution[i] > contribution[worst]) {
                worst = i;
            }
        }
        psiChart.show(BarChart.create(null, "Bin", "PSI contribution").noLegend().valueLabels()
                        .valueFormat("0.0000")
                        .series("PSI contribution", names, contribution).build(),
                "PSI contribution per bin, summing to " + Numbers.format(r.psi().orElseThrow()) + "; bin "
                        + names.get(worst) + " moved most.", table);
        DataTable shares = new DataTable("Share of data per bin", "Bin", "Expected", "Actual");
        for (int i = 0; i < e.length; i++) {
            shares.row(names.get(i), Numbers.percent(es[i]), Numbers.percent(as[i]));
        }
        distChart.show(BarChart.create(null, "Bin", "Share of data").percentValues()
                        .series("Expected (training)", names, es).series("Actual (live)", names, as).build(),
                "Share of data per bin at training time and now.", shares);
    }

    private List<String> names(int count) {
        List<String> items = new ArrayList<>();
        for (String s : bins.value().split(",")) {
            if (!s.isBlank()) {
                items.add(s.strip());
            }
        }
        if (items.isEmpty()) {
            for (int i = 1; i <= count; i++) {
                items.add("bin " + i);
            }
            return items;
        }
        if (items.size() != count) {
            reject(bins, "bins: " + items.size() + " names for " + count + " bins; name every bin or leave this empty");
            return items;
        }
        Set<String> seen = new HashSet<>();
        List<String> unique = new ArrayList<>();
        for (String s : items) {
            String u = s;
            for (int k = 2; !seen.add(u); k++) {
                u = s + " (" + k + ")";
            }
            unique.add(u);
        }
        return unique;
    }

    private static double[] shares(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] / sum;
        }
        return out;
    }

    @Override
    protected void clearOutputs() {
        psiChart.showMessage("Fix the inputs to see the PSI per bin.");
        distChart.showMessage("Fix the inputs to see the distributions.");
    }
}
