package io.praxis.app.calculators;

import io.praxis.app.charts.BarChart;
import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.MetricValue;
import io.praxis.scoring.metrics.bleu.BleuInput;
import io.praxis.scoring.metrics.bleu.BleuMetrics;
import io.praxis.scoring.metrics.bleu.BleuResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Corpus BLEU of generated texts against references ({@code bleu} family). */
final class BleuCalculator extends CalculatorForm {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)](?:\\[(\\d+)])?");

    private final InputField candidates = add(InputField.area("candidates", "Generated texts (candidates)",
            "candidates").helper("One text per line"));
    private final InputField references = add(InputField.area("references", "Reference texts", "references")
            .helper("One line per candidate, in the same order; separate several references for the same "
                    + "candidate with |"));
    private final ChartFigure chart = new ChartFigure("bleu-chart", 520, 300);

    BleuCalculator() {
        candidates.messages(this::locate);
        references.messages(this::locate);
        preset("support-replies", "Support reply translation", "Three machine-translated support replies, "
                + "each checked against one or two human translations.", null,
                "candidates", "the package will arrive on monday\nplease restart the app and try again\n"
                        + "we refunded your order yesterday",
                "references", "the parcel will arrive on monday | your package arrives on monday\n"
                        + "please restart the app and try again\nyour order was refunded yesterday");
        preset("too-short", "Too short", "The candidate gets every word right but stops early: the brevity "
                + "penalty keeps BLEU honest.", null,
                "candidates", "the cat sat on", "references", "the cat sat on the mat today");
        preset("paraphrase", "Right meaning, other words", "A correct paraphrase shares no four-word sequence "
                + "with the reference, so BLEU is 0: why BLEU needs human judgement beside it.", null,
                "candidates", "the meeting was moved to friday",
                "references", "they postponed the call until friday");
        visuals().add(chart);
    }

    @Override
    protected void calculate() {
        List<String> cands = Numbers.lines(candidates.value(), true);
        List<String> refLines = Numbers.lines(references.value(), true);
        if (candidates.value().isBlank()) {
            reject(candidates, "candidates: type at least one generated text");
        }
        if (references.value().isBlank()) {
            reject(references, "references: type one line of references per candidate");
        }
        stopIfInvalid();
        List<List<String>> refs = new ArrayList<>();
        for (String line : refLines) {
            List<String> alternatives = new ArrayList<>();
            for (String r : line.split("\\|", -1)) {
                alternatives.add(r.strip());
            }
            refs.add(alternatives);
        }
        BleuResult r = BleuMetrics.compute(new BleuInput(cands, refs));
        ResultList out = results();
        out.metric("bleu", "BLEU", r.bleu(), v -> Numbers.format(v) + " on a 0–1 scale (often reported as "
                + Numbers.grouped(v * 100, 1) + "): the geometric mean of 1- to 4-word overlaps with the references, "
                + "times the brevity penalty." + (v == 0 ? " One order without any match makes it 0 (no smoothing)." : ""));
        MetricValue[] p = {r.p1(), r.p2(), r.p3(), r.p4()};
        for (int n = 1; n <= 4; n++) {
            int order = n;
            out.metric("p" + n, order + "-gram precision", p[n - 1], v -> Numbers.capitalize(Numbers.percent(v)
                    + " of the candidates' " + (order == 1 ? "words" : order + "-word sequences")
                    + " also appear in a reference."));
        }
        out.metric("brevity_penalty", "Brevity penalty", r.brevityPenalty(), v -> v == 1
                ? "The candidates are not shorter than the references, so there is no penalty."
                : "The candidates are shorter than their references, which multiplies BLEU by " + Numbers.format(v) + ".");
        out.value("hyp_length", "Candidate length", Numbers.count(r.hypLength()), "Words in all candidates.");
        out.value("ref_length", "Reference length", Numbers.count(r.refLength()),
                "Words in the closest reference of each candidate.");

        List<String> cats = List.of("1-grams", "2-grams", "3-grams", "4-grams");
        double[] vals = new double[4];
        DataTable table = new DataTable("Modified n-gram precision", "n-gram", "Precision");
        for (int i = 0; i < 4; i++) {
            vals[i] = p[i].orElse(Double.NaN);
            table.row(cats.get(i), p[i].format("%.4f"));
        }
        chart.show(BarChart.create(null, "n-gram order", "Share found in a reference").percentValues()
                .valueRange(0, 1.1).valueLabels().noLegend().series("Precision", cats, vals).build(),
                "Modified n-gram precision by order: " + Numbers.percent(vals[0]) + " of words down to "
                        + Numbers.percent(vals[3]) + " of 4-word sequences match a reference.", table);
    }

    @Override
    protected void clearOutputs() {
        chart.showMessage("Fix the inputs to see the n-gram precisions.");
    }

    /** "references[1][0] must …" → "line 2: references[1][0] must …". */
    private String locate(InvalidInputException e) {
        Matcher m = INDEX.matcher(e.field());
        if (m.find()) {
            return "line " + (Integer.parseInt(m.group(1)) + 1) + ": " + e.getMessage();
        }
        return e.getMessage();
    }
}
