package io.praxis.app.bench;

import io.praxis.app.charts.Charts;
import io.praxis.app.charts.XyChart;
import io.praxis.scoring.metrics.threshold.RocPoint;
import io.praxis.scoring.metrics.threshold.ThresholdCurves;
import io.praxis.scoring.metrics.threshold.ThresholdMetrics;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the ROC curve of 100,000 scores to SVG, as the threshold calculator draws it: the
 * curve (simplified to screen resolution), the random-guess diagonal and the marked threshold,
 * 480 × 420, through JFreeChart and JFreeSVG. Target: under 100 ms. Sample-time mode reports
 * the mean and percentiles.
 *
 * <pre>./mvnw -B -pl app -am -Pbench verify -DskipTests -Djmh.skip.content=true -Djmh.skip.scoring=true -Djmh.args=ChartBenchmark</pre>
 *
 * (The two skip flags keep JMH out of the modules {@code -am} builds first, where no benchmark
 * matches the name.) {@link #curvesAndAuc()} repeats the scoring module's
 * {@code ThresholdBenchmark} measurement of the curves and AUC (target under 50 ms), so one run
 * reports both targets; {@link #scoresToRocSvg()} measures the two steps together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djava.awt.headless=true"})
public class ChartBenchmark {

    /** Number of scored items. */
    @Param("100000")
    int n;

    /**
     * {@code continuous}: nearly every score distinct (a 100,001-point curve);
     * {@code rounded}: scores rounded to 2 decimals (101 distinct values, heavy ties).
     */
    @Param({"continuous", "rounded"})
    String scores;

    int[] yTrue;
    double[] yScore;
    double[] fpr;
    double[] tpr;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20240601L);
        yTrue = new int[n];
        yScore = new double[n];
        for (int i = 0; i < n; i++) {
            double s = rnd.nextDouble();
            if (scores.equals("rounded")) {
                s = Math.round(s * 100) / 100.0;
            }
            yScore[i] = s;
            yTrue[i] = rnd.nextDouble() < 0.1 + 0.8 * s ? 1 : 0;
        }
        List<RocPoint> points = ThresholdMetrics.curves(yTrue, yScore).roc().points();
        fpr = new double[points.size()];
        tpr = new double[points.size()];
        for (int i = 0; i < fpr.length; i++) {
            fpr[i] = points.get(i).falsePositiveRate();
            tpr[i] = points.get(i).truePositiveRate();
        }
    }

    /** ROC and precision–recall curves with AUC and AP from one sort: the metric side (target &lt; 50 ms). */
    @Benchmark
    public ThresholdCurves curvesAndAuc() {
        ThresholdCurves c = ThresholdMetrics.curves(yTrue, yScore);
        if (!c.roc().auc().isDefined()) {
            throw new IllegalStateException("AUC should be defined");
        }
        return c;
    }

    /** The ROC chart of the threshold page, from curve points to SVG markup (target &lt; 100 ms). */
    @Benchmark
    public String rocCurveToSvg() {
        return Charts.toSvg(roc(fpr, tpr, 1.0 / 2000), 480, 420);
    }

    /** The same chart with every curve point in the SVG path (no simplification), for comparison. */
    @Benchmark
    public String rocCurveToSvgFullResolution() {
        return Charts.toSvg(roc(fpr, tpr, 0), 480, 420);
    }

    /** Scores to SVG: the curves and AUC (one sort), then the chart. */
    @Benchmark
    public String scoresToRocSvg() {
        ThresholdCurves c = ThresholdMetrics.curves(yTrue, yScore);
        List<RocPoint> points = c.roc().points();
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).falsePositiveRate();
            y[i] = points.get(i).truePositiveRate();
        }
        return Charts.toSvg(roc(x, y, 1.0 / 2000), 480, 420);
    }

    private static JFreeChart roc(double[] x, double[] y, double simplify) {
        int mid = x.length / 2;
        return XyChart.create(null, "False positive rate", "True positive rate")
                .xRange(0, 1).yRange(0, 1.02).xPercent().yPercent().simplifyTo(simplify)
                .dashedLine("Random guess", new double[] {0, 1}, new double[] {0, 1})
                .line("ROC curve", x, y)
                .point("t = 0.5", x[mid], y[mid])
                .build();
    }
}
