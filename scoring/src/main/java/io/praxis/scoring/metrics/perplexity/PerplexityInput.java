package io.praxis.scoring.metrics.perplexity;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;
import java.util.Arrays;

/**
 * The probabilities a language model gave to each token of a text.
 *
 * @param tokenProbs one probability per token, each in [0, 1]; not empty. Copied on
 *                   construction and on access.
 */
public record PerplexityInput(double[] tokenProbs) {

    /**
     * Validates and copies the input.
     *
     * @throws InvalidInputException naming the field ({@code "token_probs[2]"}, …)
     */
    public PerplexityInput {
        InputChecks.present("token_probs", tokenProbs);
        tokenProbs = tokenProbs.clone();
        InputChecks.nonEmpty("token_probs", tokenProbs.length);
        for (int i = 0; i < tokenProbs.length; i++) {
            InputChecks.probability("token_probs[" + i + "]", tokenProbs[i]);
        }
    }

    /** A copy of the probabilities. */
    @Override
    public double[] tokenProbs() {
        return tokenProbs.clone();
    }

    double[] probs() {
        return tokenProbs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PerplexityInput other && Arrays.equals(tokenProbs, other.tokenProbs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokenProbs);
    }

    @Override
    public String toString() {
        return "PerplexityInput[tokenProbs=" + Arrays.toString(tokenProbs) + "]";
    }
}
