package io.praxis.app.calculators;

import io.praxis.app.charts.ChartFigure;
import io.praxis.app.charts.DataTable;
import io.praxis.app.charts.XyChart;
import io.praxis.scoring.metrics.percentiles.PercentileMetrics;
import io.praxis.scoring.metrics.percentiles.PercentilesInput;
import io.praxis.scoring.metrics.percentiles.PercentilesResult;
import java.util.SplittableRandom;

/** Latency percentiles with their distribution ({@code percentiles} family). */
final class PercentilesCalculator extends CalculatorForm {

    static final int MAX_VALUES = 100_000;
    private static final int BINS = 30;

    static final String CHAT = latencies(21, 300, 1800, 0.5, 0, 0);
    static final String AUTOCOMPLETE = latencies(23, 400, 40, 0.35, 0.03, 600);
    static final String COLD_STARTS = latencies(29, 300, 120, 0.25, 0.1, 2500);

    private final InputField values = add(InputField.area("latencies", "Request latencies in milliseconds",
            "latencies_ms").helper("Numbers ≥ 0 separated by commas or line breaks, up to "
                    + Numbers.count(MAX_VALUES)));
    private final ChartFigure chart = new ChartFigure("latency-chart", 600, 340);
    private NumberList list;

    PercentilesCalculator() {
        values.messages(e -> list == null ? e.getMessage() : list.locate(e));
        preset("chat", "Chat assistant", "300 answers from an LLM-backed assistant: seconds, with a long tail.",
                null, "latencies", CHAT);
        preset("autocomplete", "Search autocomplete", "400 autocomplete calls: fast, except for 3% that miss "
                + "the cache.", null, "latencies", AUTOCOMPLETE);
        preset("cold-starts", "Cold starts", "300 calls to a serverless model: 1 in 10 waits for a cold start. "
                + "The median hides it completely.", null, "latencies", COLD_STARTS);
        visuals().add(chart);
    }

    @Override
    protected void calculate() {
        list = NumberList.parse(values.value(), MAX_VALUES, "latencies");
        if (!list.ok()) {
            reject(values, list.problem());
        }
        stopIfInvalid();
        PercentilesResult r = PercentileMetrics.compute(new PercentilesInput(list.values()));
        double p50 = r.p50().orElseThrow();
        ResultList out = results();
        out.metric("p50", "p50 (median)", r.p50(), PercentilesCalculator::ms,
                v -> "Half of the requests finish within " + ms(v) + ": the typical wait.");
        out.metric("p90", "p90", r.p90(), PercentilesCalculator::ms,
                v -> "9 in 10 requests finish within " + ms(v) + ".");
        out.metric("p95", "p95", r.p95(), PercentilesCalculator::ms,
                v -> "19 in 20 finish within " + ms(v) + "; one request in 20 takes longer.");
        out.metric("p99", "p99", r.p99(), PercentilesCalculator::ms, v -> "1 request in 100 takes longer than "
                + ms(v) + "; a user who makes 100 requests a day meets this daily.");
        out.metric("mean", "Mean", r.mean(), PercentilesCalculator::ms, v -> "The average" + (v > p50 * 1.2
                ? " is pulled above the median by slow requests, so it describes nobody's typical wait."
                : " is close to the median: few extreme requests."));
        out.metric("max", "Maximum", r.max(), PercentilesCalculator::ms, v -> "The slowest request took " + ms(v) + ".");

        double[] v = list.values();
        double max = r.max().orElseThrow();
        double p99 = r.p99().orElseThrow();
        double top = Math.max(max > 3 * p99 && p99 > 0 ? p99 * 1.5 : max, 1);
        long beyond = 0;
        double width = top / BINS;
        double[] lower = new double[BINS];
        double[] upper = new double[BINS];
        double[] counts = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            lower[i] = i * width;
            upper[i] = (i + 1) * width;
        }
        for (double x : v) {
            if (x > top) {
                beyond++;
                continue;
            }
            int b = (int) Math.min(BINS - 1, Math.floor(x / width));
            counts[b]++;
        }
        DataTable table = new DataTable("Latency percentiles", "Statistic", "Latency");
        table.row("p50", ms(p50)).row("p90", ms(r.p90().orElseThrow())).row("p95", ms(r.p95().orElseThrow()))
                .row("p99", ms(p99)).row("mean", ms(r.mean().orElseThrow())).row("max", ms(max));
        XyChart c = XyChart.create(null, "Latency (ms)", "Requests").xRange(0, top * 1.02).noLegend()
                .histogram("Requests", lower, upper, counts)
                .xMarker("p50", p50).xMarker("p90", r.p90().orElseThrow())
                .xMarker("p99", p99);
        chart.show(c.build(), "Distribution of " + Numbers.count(v.length) + " request latencies with the p50, p90 "
                + "and p99 marked" + (beyond > 0 ? "; " + Numbers.count(beyond) + " slower requests, up to "
                        + ms(max) + ", lie beyond the axis." : "."), table);
    }

    @Override
    protected void clearOutputs() {
        chart.showMessage("Fix the inputs to see the latency distribution.");
    }

    static String ms(double v) {
        return Numbers.grouped(v, v < 10 ? 2 : v < 100 ? 1 : 0) + " ms";
    }

    /**
     * A deterministic example: {@code n} log-normal latencies around {@code median} ms with spread
     * {@code sigma}; a share {@code slowShare} of them instead near {@code slowMedian} ms.
     */
    static String latencies(long seed, int n, double median, double sigma, double slowShare, double slowMedian) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double u1 = rnd.nextDouble();
            double u2 = rnd.nextDouble();
            double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
            boolean slow = rnd.nextDouble() < slowShare;
            double m = slow ? slowMedian : median;
            long value = Math.round(m * Math.exp(sigma * z));
            sb.append(value);
            sb.append(i % 20 == 19 ? "\n" : ", ");
        }
        return sb.toString().strip();
    }
}
