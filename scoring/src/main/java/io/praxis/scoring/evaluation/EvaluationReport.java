package io.praxis.scoring.evaluation;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of an evaluation: figures over all answers, per case (in case id order), and the
 * answer-by-answer comparison.
 */
public record EvaluationReport(Figures overall, Map<String, Figures> perCase, List<AnswerResult> answers) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EvaluationReport {
        perCase = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(perCase));
        answers = List.copyOf(answers);
    }

    /**
     * One JSON object: {@code n, spearman, qwk, exact, adjacent, pairwise} over all answers and
     * {@code per_case: {id: {n, spearman, ...}}}. Undefined figures are null; numbers are rounded
     * to four decimals.
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        write(root, overall);
        ObjectNode cases = root.putObject("per_case");
        perCase.forEach((id, f) -> write(cases.putObject(id), f));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void write(ObjectNode node, Figures f) {
        node.put("n", f.n());
        put(node, "spearman", f.spearman());
        put(node, "qwk", f.qwk());
        put(node, "exact", f.exact());
        put(node, "adjacent", f.adjacent());
        put(node, "pairwise", f.pairwise());
    }

    private static void put(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, Math.round(value * 10_000) / 10_000.0);
        }
    }

    /** A fixed-width table: one line per case and a total line. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(java.util.Locale.ROOT, "%-22s %4s %9s %7s %7s %9s %9s%n", "case", "n", "spearman",
                "qwk", "exact", "adjacent", "pairwise"));
        perCase.forEach((id, f) -> out.append(row(id, f)));
        out.append(row("ALL", overall));
        return out.toString();
    }

    private static String row(String name, Figures f) {
        return String.format(java.util.Locale.ROOT, "%-22s %4d %9s %7s %7s %9s %9s%n", name, f.n(), fmt(f.spearman()),
                fmt(f.qwk()), fmt(f.exact()), fmt(f.adjacent()), fmt(f.pairwise()));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
