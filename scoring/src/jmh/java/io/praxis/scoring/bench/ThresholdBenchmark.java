package io.praxis.scoring.bench;

import io.praxis.scoring.metrics.threshold.ThresholdCurves;
import io.praxis.scoring.metrics.threshold.ThresholdInput;
import io.praxis.scoring.metrics.threshold.ThresholdMetrics;
import io.praxis.scoring.metrics.threshold.ThresholdResult;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * ROC curve + precision–recall curve + AUC (and AP) for 100,000 scores: the work behind the
 * threshold chart. Target: under 50 ms. Sample-time mode reports the mean and percentiles.
 *
 * <pre>./mvnw -B -pl scoring -am -Pbench verify -DskipTests -Djmh.skip.content=true -Djmh.args="ThresholdBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ThresholdBenchmark {

    /** Number of scored items. */
    @Param("100000")
    int n;

    /**
     * {@code continuous}: nearly every score distinct (100,000 curve points);
     * {@code rounded}: scores rounded to 2 decimals (101 distinct values, heavy ties).
     */
    @Param({"continuous", "rounded"})
    String scores;

    int[] yTrue;
    double[] yScore;
    ThresholdInput input;

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
        input = new ThresholdInput(yTrue, yScore, 0.5);
    }

    /** Both full curves and the AUC (and AP) from one sort, as the chart needs them. */
    @Benchmark
    public ThresholdCurves rocAndPrCurvesWithAuc() {
        ThresholdCurves c = ThresholdMetrics.curves(yTrue, yScore);
        if (!c.roc().auc().isDefined()) {
            throw new IllegalStateException("AUC should be defined");
        }
        return c;
    }

    /** The scalar metrics: counts at a threshold, AUC, AP and log loss. */
    @Benchmark
    public ThresholdResult thresholdMetrics() {
        return ThresholdMetrics.compute(input);
    }
}
