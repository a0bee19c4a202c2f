package io.praxis.scoring.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Agreement statistics between the grader and human raters. Each returns {@link Double#NaN} when
 * it is undefined (fewer than two items, no variance, no pairs).
 */
public final class Agreement {

    private Agreement() {
    }

    /** Spearman's rank correlation: Pearson correlation of the ranks, ties given their average rank. */
    public static double spearman(double[] x, double[] y) {
        requireSameLength(x.length, y.length);
        if (x.length < 2) {
            return Double.NaN;
        }
        return pearson(ranks(x), ranks(y));
    }

    /** Ranks 1..n, ties sharing the average of the ranks they span. */
    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /**
     * Quadratic weighted kappa of two ratings on the categories 0..categories-1:
     * 1 − Σ w·O / Σ w·E with w = (i − j)² / (k − 1)², O the observed and E the expected
     * (product of the marginals) count matrices. 1 when both raters always give the same single
     * category.
     */
    public static double quadraticWeightedKappa(int[] a, int[] b, int categories) {
        requireSameLength(a.length, b.length);
        if (a.length == 0 || categories < 2) {
            return Double.NaN;
        }
        double[][] observed = new double[categories][categories];
        double[] histA = new double[categories];
        double[] histB = new double[categories];
        for (int i = 0; i < a.length; i++) {
            observed[a[i]][b[i]]++;
            histA[a[i]]++;
            histB[b[i]]++;
        }
        double num = 0;
        double den = 0;
        double n = a.length;
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                double w = (double) (i - j) * (i - j) / ((categories - 1) * (categories - 1));
                num += w * observed[i][j];
                den += w * histA[i] * histB[j] / n;
            }
        }
        if (den == 0) {
            return num == 0 ? 1.0 : Double.NaN;
        }
        return 1 - num / den;
    }

    /** Share of pairs with equal ratings. */
    public static double exact(int[] a, int[] b) {
        return within(a, b, 0);
    }

    /** Share of pairs whose ratings differ by at most one. */
    public static double adjacent(int[] a, int[] b) {
        return within(a, b, 1);
    }

    private static double within(int[] a, int[] b, int distance) {
        requireSameLength(a.length, b.length);
        if (a.length == 0) {
            return Double.NaN;
        }
        int agree = 0;
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) <= distance) {
                agree++;
            }
        }
        return (double) agree / a.length;
    }

    /**
     * Pairwise ordering of one group of answers (one case): over every pair whose human scores
     * differ, 1 when the grader orders it the same way, 0.5 when the grader ties it, 0 otherwise.
     *
     * @return {sum of credits, number of pairs}
     */
    public static double[] pairwise(double[] human, double[] grader) {
        requireSameLength(human.length, grader.length);
        double credit = 0;
        int pairs = 0;
        for (int i = 0; i < human.length; i++) {
            for (int j = i + 1; j < human.length; j++) {
                if (human[i] == human[j]) {
                    continue;
                }
                pairs++;
                double h = Math.signum(human[i] - human[j]);
                double g = Math.signum(grader[i] - grader[j]);
                credit += g == 0 ? 0.5 : (g == h ? 1 : 0);
            }
        }
        return new double[] {credit, pairs};
    }

    private static void requireSameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("ratings differ in length: " + a + " and " + b);
        }
    }
}
