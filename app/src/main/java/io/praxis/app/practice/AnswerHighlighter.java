package io.praxis.app.practice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.praxis.scoring.grading.Evidence;
import java.util.List;
import java.util.TreeSet;

/**
 * Shows an answer with evidence sentences highlighted. The answer is user input, so it is
 * only ever put into the page as text nodes of {@link Span}s: markup in it ({@code <script>},
 * {@code onerror=}, {@code javascript:}) stays visible text and never runs. Mentor review
 * shows answers with the same highlighter.
 */
public final class AnswerHighlighter {

    private AnswerHighlighter() {
    }

    /**
     * Splits the answer at every evidence boundary and wraps evidence ranges in
     * {@code <span class="evidence">}; offsets outside the text are clamped.
     */
    public static Div render(String answer, List<Evidence> evidence) {
        Div out = new Div();
        out.addClassName("praxis-answer");
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, answer.length()));
        for (Evidence e : evidence) {
            cuts.add(clamp(e.start(), answer));
            cuts.add(clamp(e.end(), answer));
        }
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from;
            int b = to;
            Span part = new Span(answer.substring(a, b));
            if (evidence.stream().anyMatch(e -> clamp(e.start(), answer) <= a && clamp(e.end(), answer) >= b)) {
                part.addClassName("evidence");
            }
            out.add(part);
            from = to;
        }
        return out;
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
