package io.praxis.scoring.metrics.bleu;

import io.praxis.scoring.metrics.InputChecks;
import io.praxis.scoring.metrics.InvalidInputException;
import io.praxis.scoring.metrics.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus of candidate translations (or generations), each with its reference texts.
 *
 * @param candidates one string per segment; not empty; a candidate may be the empty string
 * @param references one list per candidate, in the same order; each list is non-empty and
 *                   each reference has at least one token
 */
public record BleuInput(List<String> candidates, List<List<String>> references) {

    /**
     * Validates and copies the input.
     *
     * @throws InvalidInputException naming the field ({@code "references[1][0]"}, …)
     */
    public BleuInput {
        InputChecks.present("candidates", candidates);
        InputChecks.present("references", references);
        InputChecks.nonEmpty("candidates", candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            InputChecks.present("candidates[" + i + "]", candidates.get(i));
        }
        if (references.size() != candidates.size()) {
            throw new InvalidInputException("references", "references must hold one list of references per "
                    + "candidate (" + candidates.size() + "), got " + references.size());
        }
        List<List<String>> copy = new ArrayList<>(references.size());
        for (int i = 0; i < references.size(); i++) {
            String field = "references[" + i + "]";
            List<String> refs = InputChecks.present(field, references.get(i));
            if (refs.isEmpty()) {
                throw new InvalidInputException(field, field + " must hold at least one reference for candidates["
                        + i + "], got none");
            }
            for (int j = 0; j < refs.size(); j++) {
                String rf = field + "[" + j + "]";
                String ref = InputChecks.present(rf, refs.get(j));
                if (Tokens.tokenize(ref).isEmpty()) {
                    throw new InvalidInputException(rf, rf + " must have at least one token, got \"" + ref + "\"");
                }
            }
            copy.add(List.copyOf(refs));
        }
        candidates = List.copyOf(candidates);
        references = List.copyOf(copy);
    }
}
