package io.praxis.scoring.metrics.ranking;

import io.praxis.scoring.metrics.MetricValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranking metrics over a set of queries (METRICS.md §3, {@code ranking}).
 */
public final class RankingMetrics {

    private static final double LN_2 = Math.log(2.0);

    private RankingMetrics() {
    }

    /**
     * Computes the mean over queries of, for a query of n results with grades gᵢ, binary
     * relevance bᵢ = [gᵢ &gt; 0] and R = Σ bᵢ over the whole list:
     * <ul>
     * <li>ndcg_at_k = DCG@k / IDCG@k, DCG@k = Σ_{i ≤ min(k,n)} gᵢ / log₂(i+1) with linear gain
     *     (sklearn's {@code ndcg_score}, not 2^g − 1); IDCG@k is the same sum over the grades
     *     sorted descending.</li>
     * <li>map: AP = (1/R) Σ_{i: bᵢ=1} precision@i, over the whole list.</li>
     * <li>mrr: 1 / (position of the first relevant result).</li>
     * <li>precision_at_k = (Σ_{i≤k} bᵢ) / k, dividing by k even when n &lt; k (trec_eval's P@k).</li>
     * <li>recall_at_k = (Σ_{i≤k} bᵢ) / R.</li>
     * </ul>
     * If any query has R = 0, ndcg_at_k, map, mrr and recall_at_k are undefined for the whole
     * input (sklearn silently scores such a query 0); precision_at_k stays defined.
     */
    public static RankingResult compute(RankingInput in) {
        long k = in.k();
        List<List<Integer>> queries = in.queries();
        double ndcgSum = 0.0;
        double apSum = 0.0;
        double rrSum = 0.0;
        double precisionSum = 0.0;
        double recallSum = 0.0;
        List<Integer> withoutRelevant = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            List<Integer> grades = queries.get(q);
            int n = grades.size();
            int cut = (int) Math.min(k, n);
            int relevant = 0;
            int relevantAtK = 0;
            int firstRelevant = 0;
            double precisionAtHits = 0.0;
            double dcg = 0.0;
            for (int i = 0; i < n; i++) {
                int g = grades.get(i);
                if (i < cut) {
                    dcg += g * discount(i + 1);
                }
                if (g > 0) {
                    relevant++;
                    if (firstRelevant == 0) {
                        firstRelevant = i + 1;
                    }
                    if (i < cut) {
                        relevantAtK++;
                    }
                    precisionAtHits += (double) relevant / (i + 1);
                }
            }
            precisionSum += relevantAtK / (double) k;
            if (relevant == 0) {
                withoutRelevant.add(q + 1);
                continue;
            }
            int[] ideal = grades.stream().mapToInt(Integer::intValue).sorted().toArray();
            double idcg = 0.0;
            for (int i = 0; i < cut; i++) {
                idcg += ideal[n - 1 - i] * discount(i + 1);
            }
            ndcgSum += dcg / idcg;
            apSum += precisionAtHits / relevant;
            rrSum += 1.0 / firstRelevant;
            recallSum += (double) relevantAtK / relevant;
        }
        int m = queries.size();
        MetricValue precision = MetricValue.of(precisionSum / m);
        if (!withoutRelevant.isEmpty()) {
            String reason = (withoutRelevant.size() == 1 ? "query " + withoutRelevant.get(0) + " has"
                    : "queries " + withoutRelevant.toString().replaceAll("[\\[\\]]", "") + " have")
                    + " no relevant item (all grades 0)";
            MetricValue u = MetricValue.undefined(reason);
            return new RankingResult(u, u, u, precision, u);
        }
        return new RankingResult(MetricValue.of(ndcgSum / m), MetricValue.of(apSum / m), MetricValue.of(rrSum / m),
                precision, MetricValue.of(recallSum / m));
    }

    /** 1 / log₂(position + 1). */
    static double discount(int position) {
        return LN_2 / Math.log(position + 1.0);
    }
}
