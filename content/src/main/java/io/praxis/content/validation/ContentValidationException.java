package io.praxis.content.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when content is invalid; carries every problem found, not just the first. */
public class ContentValidationException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public ContentValidationException(List<ContentProblem> problems) {
        super(report(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    /** A readable report: a heading and one line per problem, as {@code file:line:column: message}. */
    public static String report(List<ContentProblem> problems) {
        return "Praxis content is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
