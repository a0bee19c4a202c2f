package io.praxis.scoring.metrics.threshold;

import java.util.Arrays;

/**
 * Scores grouped by distinct value, in descending order, with cumulative true and false
 * positive counts: predicting positive iff {@code score >= thresholds[k]} yields
 * {@code tps[k]} true and {@code fps[k]} false positives.
 *
 * <p>Built in O(n log n) by one sort: the positives' and negatives' scores are copied into two
 * primitive arrays, each sorted ascending, and merged from the top, so tied scores of both
 * classes enter together as one threshold.
 */
final class ScoreGroups {

    final double[] thresholds;
    final int[] tps;
    final int[] fps;
    final int size;
    final int positives;
    final int negatives;

    private ScoreGroups(double[] thresholds, int[] tps, int[] fps, int size, int positives, int negatives) {
        this.thresholds = thresholds;
        this.tps = tps;
        this.fps = fps;
        this.size = size;
        this.positives = positives;
        this.negatives = negatives;
    }

    /** Groups validated labels and scores. */
    static ScoreGroups of(int[] yTrue, double[] yScore) {
        int n = yTrue.length;
        int p = 0;
        for (int y : yTrue) {
            p += y;
        }
        double[] pos = new double[p];
        double[] neg = new double[n - p];
        int pi = 0;
        int ni = 0;
        for (int k = 0; k < n; k++) {
            if (yTrue[k] == 1) {
                pos[pi++] = yScore[k];
            } else {
                neg[ni++] = yScore[k];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);

        double[] thresholds = new double[n];
        int[] tps = new int[n];
        int[] fps = new int[n];
        int i = pos.length - 1;
        int j = neg.length - 1;
        int tp = 0;
        int fp = 0;
        int m = 0;
        while (i >= 0 || j >= 0) {
            double t;
            if (i < 0) {
                t = neg[j];
            } else if (j < 0) {
                t = pos[i];
            } else {
                t = Math.max(pos[i], neg[j]);
            }
            while (i >= 0 && pos[i] == t) { // == also merges -0.0 with 0.0
                tp++;
                i--;
            }
            while (j >= 0 && neg[j] == t) {
                fp++;
                j--;
            }
            thresholds[m] = t + 0.0;
            tps[m] = tp;
            fps[m] = fp;
            m++;
        }
        return new ScoreGroups(thresholds, tps, fps, m, p, n - p);
    }

    /**
     * Twice the Mann–Whitney U statistic of the positives: the number of (positive, negative)
     * pairs where the positive scores higher counted 2, ties counted 1. Exact in a long: it is
     * at most n²/2 &lt; 2^62 for n &lt; 2^31.
     */
    long twiceU() {
        long u2 = 0;
        int prevTp = 0;
        int prevFp = 0;
        for (int k = 0; k < size; k++) {
            long dFp = fps[k] - prevFp;
            long dTp = tps[k] - prevTp;
            u2 += dFp * (2L * prevTp + dTp);
            prevTp = tps[k];
            prevFp = fps[k];
        }
        return u2;
    }

    /** ROC AUC; requires positives &gt; 0 and negatives &gt; 0. */
    double auc() {
        return twiceU() / (2.0 * positives * (double) negatives);
    }

    /** Average precision Σ (Rₖ − Rₖ₋₁)·Pₖ over the groups; requires positives &gt; 0. */
    double averagePrecision() {
        double sum = 0.0;
        int prevTp = 0;
        for (int k = 0; k < size; k++) {
            int dTp = tps[k] - prevTp;
            if (dTp != 0) {
                sum += (double) dTp * tps[k] / ((double) tps[k] + fps[k]);
            }
            prevTp = tps[k];
        }
        return sum / positives;
    }
}
