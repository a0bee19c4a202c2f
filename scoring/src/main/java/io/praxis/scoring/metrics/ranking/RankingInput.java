package io.praxis.scoring.metrics.ranking;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranked result lists with graded relevance judgements, and the cut-off k.
 *
 * @param queries one list per query: the grades (integers ≥ 0, 0 = not relevant) of its
 *                results in ranked order, position 1 first. Each list is the whole judged set
 *                of its query. Not empty, and no query is empty. Copied on construction.
 * @param k       the cut-off, ≥ 1
 */
public record RankingInput(List<List<Integer>> queries, long k) {

    /**
     * Validates and copies the input.
     *
     * @throws InvalidInputException naming the field ({@code "queries[1][2]"}, {@code "k"}, …)
     */
    public RankingInput {
        InputChecks.present("queries", queries);
        InputChecks.nonEmpty("queries", queries.size());
        List<List<Integer>> copy = new ArrayList<>(queries.size());
        for (int q = 0; q < queries.size(); q++) {
            String field = "queries[" + q + "]";
            List<Integer> grades = InputChecks.present(field, queries.get(q));
            if (grades.isEmpty()) {
                throw new InvalidInputException(field, field + " must not be empty: a query needs at least one result");
            }
            for (int i = 0; i < grades.size(); i++) {
                Integer g = InputChecks.present(field + "[" + i + "]", grades.get(i));
                InputChecks.count(field + "[" + i + "]", g);
            }
            copy.add(List.copyOf(grades));
        }
        queries = List.copyOf(copy);
        InputChecks.atLeast("k", k, 1);
    }
}
