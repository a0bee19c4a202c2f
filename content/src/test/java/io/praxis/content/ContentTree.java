package io.praxis.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid content tree (one source, one module, one glossary term, one lesson) written
 * to a folder, for validation tests that each break one thing.
 */
final class ContentTree {

    private ContentTree() {
    }

    static String body() {
        String para = "A product manager weighs the cost of each kind of error before choosing a threshold. ";
        return "Intro paragraph for the lesson.\n\n## The idea\n\n" + para.repeat(20)
                + "\n\n## Worked example: a spam filter\n\n" + para.repeat(20)
                + "\n\n> [!TIP]\n> Ask what a false positive costs.\n\n## Common mistakes\n\n- " + para
                + "\n\n## In the interview\n\n" + para.repeat(8) + "\n\n## Key takeaways\n\n- Precision first.\n";
    }

    static String lesson(String frontMatterExtra) {
        return """
                ---
                id: first-lesson
                module: basics
                title: The first lesson
                order: 1
                summary: A lesson that exists to exercise the validator in tests.
                objectives:
                  - Explain why thresholds matter
                  - Pick one for a spam filter
                minutes: 5
                sources: [seed]
                %s---
                """.formatted(frontMatterExtra) + body();
    }

    static void write(Path root, String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    static void writeValid(Path root) throws IOException {
        write(root, "sources.yaml", "sources:\n  - id: seed\n    title: A seed article\n");
        write(root, "modules/basics.yaml", """
                id: basics
                title: Basics
                order: 1
                summary: What every learner needs before anything else.
                description: A module used by the validation tests only.
                """);
        write(root, "glossary.yaml", """
                terms:
                  - id: precision
                    term: Precision
                    definition: Of the items flagged positive, the share that really are.
                    lessons: [first-lesson]
                """);
        write(root, "lessons/basics/01-first-lesson.md", lesson(""));
    }
}
