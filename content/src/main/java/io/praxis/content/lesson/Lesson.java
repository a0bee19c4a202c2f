package io.praxis.content.lesson;

import java.util.List;

/**
 * A lesson, validated and rendered once at load.
 *
 * @param html sanitised HTML of the body, with heading anchors, callouts and glossary links;
 *     safe to put into the page as it is
 * @param sections the intro and every level-2/3 heading, in order
 * @param wordCount words in the Markdown body
 */
public record Lesson(String id, String moduleId, String title, int order, String summary, List<String> objectives,
        int minutes, List<String> relatedLessons, List<String> relatedCases, List<String> relatedCalculators,
        List<String> sources, String html, List<Section> sections, int wordCount) {

    public Lesson {
        objectives = List.copyOf(objectives);
        relatedLessons = List.copyOf(relatedLessons);
        relatedCases = List.copyOf(relatedCases);
        relatedCalculators = List.copyOf(relatedCalculators);
        sources = List.copyOf(sources);
        sections = List.copyOf(sections);
    }
}
