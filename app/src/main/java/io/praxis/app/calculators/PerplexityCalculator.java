package io.praxis.app.calculators;

import io.praxis.app.charts.BarChart;
import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.scoring.metrics.perplexity.PerplexityInput;
import io.praxis.scoring.metrics.perplexity.PerplexityMetrics;
import io.praxis.scoring.metrics.perplexity.PerplexityResult;
import java.util.ArrayList;
import java.util.List;

/** Perplexity and cross-entropy from per-token probabilities ({@code perplexity} family). */
final class PerplexityCalculator extends CalculatorForm {

    /** The most tokens accepted. */
    static final int MAX_TOKENS = 100_000;
    /** The most tokens drawn in the chart. */
    static final int CHART_TOKENS = 40;

    private final InputField probs = add(InputField.area("probs", "Probability the model gave each actual token",
            "token_probs").helper("Numbers from 0 to 1, separated by commas or line breaks, up to "
                    + Numbers.count(MAX_TOKENS)));
    private final ChartFigure chart = new ChartFigure("perplexity-chart", 560, 300);
    private NumberList list;

    PerplexityCalculator() {
        probs.messages(e -> list == null ? e.getMessage() : list.locate(e));
        preset("confident", "Confident model", "A model that knows the domain: most next tokens got a high "
                + "probability.", null, "probs", "0.9, 0.85, 0.95, 0.7, 0.92, 0.88, 0.6, 0.97");
        preset("unsure", "Unsure model", "The same text from a model that has not seen this kind of writing.",
                null, "probs", "0.2, 0.05, 0.3, 0.1, 0.15, 0.25, 0.08, 0.12");
        preset("ruled-out", "A token it ruled out", "The model gave one actual token probability 0: it was "
                + "infinitely surprised.", null, "probs", "0.9, 0.8, 0, 0.7");
        visuals().add(chart);
    }

    @Override
    protected void calculate() {
        list = NumberList.parse(probs.value(), MAX_TOKENS, "probabilities");
        if (!list.ok()) {
            reject(probs, list.problem());
        }
        stopIfInvalid();
        PerplexityResult r = PerplexityMetrics.compute(new PerplexityInput(list.values()));
        ResultList out = results();
        out.metric("perplexity", "Perplexity", r.perplexity(), v -> "On average the model was as unsure as if it "
                + "were choosing evenly among " + Numbers.grouped(v, 2) + " tokens; lower is better, 1 is certain.");
        out.metric("cross_entropy_bits", "Cross-entropy", r.crossEntropyBits(), v -> "The model needs "
                + Numbers.grouped(v, 3) + " bits per token to encode this text; perplexity = 2 to this power.");

        double[] p = list.values();
        int shown = Math.min(p.length, CHART_TOKENS);
        List<String> cats = new ArrayList<>(shown);
        double[] bits = new double[shown];
        DataTable table = new DataTable("Surprise per token", "Token", "Probability", "Surprise (bits)");
        for (int i = 0; i < shown; i++) {
            cats.add(Integer.toString(i + 1));
            bits[i] = p[i] > 0 ? -Math.log(p[i]) / Math.log(2) : Double.NaN;
            table.row(Integer.toString(i + 1), Numbers.format(p[i]),
                    p[i] > 0 ? Numbers.format(bits[i] + 0.0) : "infinite (probability 0)");
        }
        chart.show(BarChart.create(null, "Token", "Surprise (bits) = −log₂ p").noLegend()
                        .series("Surprise", cats, bits).build(),
                "Surprise of each of the first " + shown + " tokens; tall bars are the tokens the model did not "
                        + "expect" + (shown < p.length ? " (" + Numbers.count(p.length) + " tokens in all)." : "."),
                table);
    }

    @Override
    protected void clearOutputs() {
        chart.showMessage("Fix the inputs to see the surprise per token.");
    }
}
