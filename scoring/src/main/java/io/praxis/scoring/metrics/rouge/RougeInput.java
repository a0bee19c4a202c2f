package io.praxis.scoring.metrics.rouge;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.text.Tokens;

/**
 * A candidate text and its reference.
 *
 * @param candidate the generated text; may be empty
 * @param reference the reference text; must have at least one token
 */
public record RougeInput(String candidate, String reference) {

    /**
     * Validates the input.
     *
     * @throws InvalidInputException naming the field when a text is missing or the reference is blank
     */
    public RougeInput {
        InputChecks.present("candidate", candidate);
        InputChecks.present("reference", reference);
        if (Tokens.tokenize(reference).isEmpty()) {
            throw new InvalidInputException("reference",
                    "reference must have at least one token, got \"" + reference + "\"");
        }
    }
}
