package io.praxis.content.validation;

import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Collects problems while content is loaded. Knows the file being read and the line offset
 * of its YAML (front matter starts on line 2 of a lesson), so nodes can be turned into lines.
 */
public final class Problems {

    private final List<ContentProblem> problems = new ArrayList<>();

    /** Adds a problem at a parsed node's position (0 when the node carries none). */
    public void at(String file, int lineOffset, JsonNode node, String message) {
        int line = 0;
        int column = 0;
        if (node instanceof TokenStreamLocationAware aware && aware.tokenStreamLocation() != null) {
            TokenStreamLocation loc = aware.tokenStreamLocation();
            line = loc.getLineNr() > 0 ? loc.getLineNr() + lineOffset : 0;
            column = Math.max(loc.getColumnNr(), 0);
        }
        problems.add(new ContentProblem(file, line, column, message));
    }

    public void add(String file, int line, int column, String message) {
        problems.add(new ContentProblem(file, line, column, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<ContentProblem> list() {
        return List.copyOf(problems);
    }

    /** Throws a {@link ContentValidationException} listing everything when anything was found. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
    }
}
