package io.praxis.app.calculators;

import io.praxis.app.charts.DataTable;
import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.ranking.RankingInput;
import io.praxis.scoring.metrics.ranking.RankingMetrics;
import io.praxis.scoring.metrics.ranking.RankingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ranking quality of result lists with graded relevance ({@code ranking} family). */
final class RankingCalculator extends CalculatorForm {

    private static final Pattern INDEX = Pattern.compile("queries\\[(\\d+)](?:\\[(\\d+)])?");

    private final InputField queries = add(InputField.area("queries", "Relevance grades of each query's results, "
            + "in ranked order", "queries")
            .helper("One query per line, e.g. \"running shoes: 3, 2, 0, 1\" (0 = not relevant, higher = more "
                    + "relevant); the name before the colon is optional"));
    private final InputField k = add(InputField.line("k", "k", "Cut-off k").helper("How many top results count"));
    private final List<Integer> queryLines = new ArrayList<>();
    private final List<String> queryNames = new ArrayList<>();

    RankingCalculator() {
        queries.messages(this::locate);
        preset("product-search", "Product search", "Three shop searches, each result graded 0–3 by a "
                + "reviewer; the first five results are what shoppers see.", null,
                "queries", "running shoes: 3, 2, 3, 0, 1, 0, 2\nwireless earbuds: 0, 3, 2, 1, 0, 0\n"
                        + "gift for dad: 1, 0, 0, 2, 0, 3", "k", "5");
        preset("help-center", "Help-center search", "Four help-center searches; only the top three articles "
                + "fit above the fold.", null,
                "queries", "reset password: 3, 1, 0, 0\ncancel subscription: 0, 0, 3, 1\nrefund status: 2, 3, 0\n"
                        + "change email: 3, 0, 0", "k", "3");
        preset("no-answer", "A query with no good answer", "One query has no relevant result at all, so the "
                + "metrics that divide by the relevant results have nothing to divide by.", null,
                "queries", "track order: 3, 2, 0\nholiday opening hours: 0, 0, 0, 0", "k", "3");
    }

    @Override
    protected void calculate() {
        List<List<Integer>> parsed = parseQueries();
        long cut = whole(k);
        stopIfInvalid();
        RankingResult r = RankingMetrics.compute(new RankingInput(parsed, cut));
        String top = "top " + cut;
        ResultList out = results();
        out.metric("ndcg_at_k", "NDCG@" + cut, r.ndcgAtK(), v -> "The " + top + " are ordered "
                + Numbers.percent(v) + " as well as the ideal order, counting higher grades and earlier positions "
                + "more.");
        out.metric("precision_at_k", "Precision@" + cut, r.precisionAtK(), v -> Numbers.capitalize(
                Numbers.percent(v) + " of the " + top + " results are relevant."));
        out.metric("recall_at_k", "Recall@" + cut, r.recallAtK(), v -> "The " + top + " results contain "
                + Numbers.percent(v) + " of all relevant results.");
        out.metric("mrr", "Mean reciprocal rank (MRR)", r.mrr(), v -> "The first relevant result appears, on "
                + "(harmonic) average, at position " + Numbers.grouped(1 / v, 1) + ".");
        out.metric("map", "Mean average precision (MAP)", r.map(), v -> "High when every relevant result comes "
                + "early, not only the first; 1 means all relevant results lead every list.");
        DataTable table = new DataTable("Queries as read", "Query", "Line", "Grades in ranked order",
                "Relevant results");
        for (int q = 0; q < parsed.size(); q++) {
            List<Integer> g = parsed.get(q);
            table.row(queryNames.get(q), Integer.toString(queryLines.get(q)), g.toString().replaceAll("[\\[\\]]", ""),
                    Long.toString(g.stream().filter(x -> x > 0).count()));
        }
        visuals().removeAll();
        var t = table.toComponent();
        t.setId("ranking-table");
        visuals().add(t);
    }

    @Override
    protected void clearOutputs() {
        visuals().removeAll();
    }

    private List<List<Integer>> parseQueries() {
        queryLines.clear();
        queryNames.clear();
        List<List<Integer>> out = new ArrayList<>();
        List<String> lines = Numbers.lines(queries.value());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String name = "query " + (out.size() + 1);
            int colon = line.indexOf(':');
            if (colon >= 0) {
                if (!line.substring(0, colon).isBlank()) {
                    name = line.substring(0, colon).strip();
                }
                line = line.substring(colon + 1);
            }
            List<Integer> grades = new ArrayList<>();
            for (String item : Numbers.items(line)) {
                Long g = Numbers.parseWhole(item);
                if (g == null || g > Integer.MAX_VALUE || g < Integer.MIN_VALUE) {
                    reject(queries, "line " + (i + 1) + ": grade " + Numbers.quote(item) + " is not a whole number");
                    return out;
                }
                grades.add(g.intValue());
            }
            out.add(grades);
            queryLines.add(i + 1);
            queryNames.add(name);
        }
        if (out.isEmpty()) {
            reject(queries, "queries: type one line of grades per query, e.g. 3, 2, 0, 1");
        }
        return out;
    }

    /** "queries[1][2] must be …" → "line 3: queries[1][2] must be …". */
    private String locate(InvalidInputException e) {
        Matcher m = INDEX.matcher(e.field());
        if (m.find()) {
            int q = Integer.parseInt(m.group(1));
            if (q < queryLines.size()) {
                return "line " + queryLines.get(q) + ": " + e.getMessage();
            }
        }
        return e.getMessage();
    }
}
