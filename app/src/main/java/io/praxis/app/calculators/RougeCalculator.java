package io.praxis.app.calculators;

import io.praxis.app.charts.BarChart;
import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.scoring.metrics.rouge.RougeInput;
import io.praxis.scoring.metrics.rouge.RougeMetrics;
import io.praxis.scoring.metrics.rouge.RougeResult;
import io.praxis.scoring.metrics.rouge.RougeScore;
import java.util.List;

/** ROUGE-1, ROUGE-2 and ROUGE-L of a generated summary ({@code rouge} family). */
final class RougeCalculator extends CalculatorForm {

    private final InputField candidate = add(InputField.area("candidate", "Generated summary (candidate)",
            "candidate"));
    private final InputField reference = add(InputField.area("reference", "Reference summary", "reference"));
    private final ChartFigure chart = new ChartFigure("rouge-chart", 520, 320);

    RougeCalculator() {
        preset("meeting", "Meeting summary", "A generated meeting summary compared with the note a team lead "
                + "wrote.", null,
                "candidate", "team agreed to launch the beta on march 3 and hire support agents",
                "reference", "the team agreed to launch the beta on march 3 and to hire two support agents");
        preset("paraphrase", "Paraphrase", "Same meaning, different words: ROUGE counts words, not ideas.",
                null, "candidate", "you may end your subscription whenever you like under settings",
                "reference", "customers can cancel their plan at any time from the settings page");
        preset("empty", "Empty summary", "The model returned nothing: precision has no words to divide by.",
                null, "candidate", "", "reference", "refunds take five working days to reach your account");
        visuals().add(chart);
    }

    @Override
    protected void calculate() {
        RougeResult r = RougeMetrics.compute(new RougeInput(candidate.value(), reference.value()));
        ResultList out = results();
        add(out, "rouge1", "ROUGE-1", r.rouge1(), "words");
        add(out, "rouge2", "ROUGE-2", r.rouge2(), "two-word sequences");
        RougeScore l = r.rougeL();
        out.metric("rougeL_precision", "ROUGE-L precision", l.precision(), v -> "The longest in-order word "
                + "sequence shared with the reference makes up " + Numbers.percent(v) + " of the summary.");
        out.metric("rougeL_recall", "ROUGE-L recall", l.recall(), v -> "That shared sequence covers "
                + Numbers.percent(v) + " of the reference.");
        out.metric("rougeL_f1", "ROUGE-L F1", l.f1(), v -> "The balance of the two.");

        List<String> cats = List.of("ROUGE-1", "ROUGE-2", "ROUGE-L");
        RougeScore[] s = {r.rouge1(), r.rouge2(), r.rougeL()};
        double[] p = new double[3];
        double[] rc = new double[3];
        double[] f = new double[3];
        DataTable table = new DataTable("ROUGE scores", "Variant", "Precision", "Recall", "F1");
        for (int i = 0; i < 3; i++) {
            p[i] = s[i].precision().orElse(Double.NaN);
            rc[i] = s[i].recall().orElse(Double.NaN);
            f[i] = s[i].f1().orElse(Double.NaN);
            table.row(cats.get(i), s[i].precision().format("%.4f"), s[i].recall().format("%.4f"),
                    s[i].f1().format("%.4f"));
        }
        chart.show(BarChart.create(null, null, "Score").percentValues().valueRange(0, 1.1)
                        .series("Precision", cats, p).series("Recall", cats, rc).series("F1", cats, f).build(),
                "Precision, recall and F1 of ROUGE-1, ROUGE-2 and ROUGE-L; a missing bar is undefined.", table);
    }

    private static void add(ResultList out, String key, String name, RougeScore s, String units) {
        out.metric(key + "_precision", name + " precision", s.precision(), v -> Numbers.capitalize(
                Numbers.percent(v) + " of the summary's " + units + " also appear in the reference."));
        out.metric(key + "_recall", name + " recall", s.recall(), v -> "The summary covers " + Numbers.percent(v)
                + " of the reference's " + units + ".");
        out.metric(key + "_f1", name + " F1", s.f1(), v -> "The balance of the two.");
    }

    @Override
    protected void clearOutputs() {
        chart.showMessage("Fix the inputs to see the scores.");
    }
}
