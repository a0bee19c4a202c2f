package io.praxis.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.content.source.DirectoryContentSource;
import io.praxis.content.validation.ContentProblem;
import io.praxis.content.validation.ContentValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken content must fail loading with every problem named by file and line. Each test
 * starts from a small valid tree and breaks one thing.
 */
class ContentValidationTest {

    @TempDir
    Path root;

    void write(String path, String text) throws IOException {
        ContentTree.write(root, path, text);
    }

    @BeforeEach
    void validTree() throws IOException {
        ContentTree.writeValid(root);
    }

    Curriculum load() {
        return new CurriculumLoader(new DirectoryContentSource(root)).load();
    }

    List<ContentProblem> problems() {
        try {
            load();
        } catch (ContentValidationException e) {
            return e.problems();
        }
        throw new AssertionError("expected the content to be rejected");
    }

    @Test
    void theValidTreeLoadsAndLinksTheGlossary() {
        Curriculum c = load();
        assertThat(c.lessons()).hasSize(1);
        assertThat(c.lesson("first-lesson").orElseThrow().html()).contains("href=\"/glossary/precision\"")
                .contains("class=\"callout callout-tip\"");
    }

    @Test
    void missingFieldIsReportedWithFileAndLine() throws IOException {
        write("lessons/basics/01-first-lesson.md", ContentTree.lesson("").replace("minutes: 5\n", ""));
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("01-first-lesson.md");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("minutes");
        });
    }

    @Test
    void wrongTypeIsReportedAtItsLine() throws IOException {
        write("lessons/basics/01-first-lesson.md", ContentTree.lesson("").replace("minutes: 5", "minutes: five"));
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("01-first-lesson.md");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).contains("minutes").contains("string");
        });
    }

    @Test
    void unknownLinkIsReportedAtItsLineAndColumn() throws IOException {
        write("lessons/basics/01-first-lesson.md", ContentTree.lesson("related:\n  lessons: [no-such-lesson]\n"));
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("01-first-lesson.md");
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.column()).isGreaterThan(1);
            assertThat(p.message()).isEqualTo("unknown lesson id 'no-such-lesson'");
        });
    }

    @Test
    void badYamlIsReportedWithItsLine() throws IOException {
        write("modules/basics.yaml", "id: basics\ntitle: [unclosed\norder: 1\n");
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("basics.yaml");
            assertThat(p.line()).isGreaterThanOrEqualTo(2);
            assertThat(p.message()).startsWith("YAML syntax error");
        });
    }

    @Test
    void tooShortLessonAndMissingSectionAreReported() throws IOException {
        String shortLesson = ContentTree.lesson("").substring(0, ContentTree.lesson("").indexOf("## The idea")) + "## The idea\n\nToo short.\n";
        write("lessons/basics/01-first-lesson.md", shortLesson);
        assertThat(problems()).extracting(ContentProblem::message)
                .anyMatch(m -> m.contains("words; it must have 600 to 1500"))
                .anyMatch(m -> m.contains("no '## Key takeaways' section"));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws IOException {
        write("lessons/basics/01-first-lesson.md", ContentTree.lesson("").replace("minutes: 5", "minutes: five"));
        write("modules/basics.yaml", "id: basics\ntitle: [unclosed\n");
        assertThat(problems()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void reportIsReadable() throws IOException {
        write("lessons/basics/01-first-lesson.md", ContentTree.lesson("").replace("minutes: 5", "minutes: five"));
        assertThatThrownBy(this::load).isInstanceOf(ContentValidationException.class)
                .hasMessageStartingWith("Praxis content is invalid (")
                .hasMessageContaining("01-first-lesson.md:10:");
    }

    @Test
    void rawScriptInMarkdownNeverReachesTheHtml() throws IOException {
        write("lessons/basics/01-first-lesson.md", ContentTree.lesson("").replace("Intro paragraph for the lesson.",
                "Intro [click](javascript:alert(1)) <img src=x onerror=alert(1)>"));
        String html = load().lesson("first-lesson").orElseThrow().html();
        assertThat(html).doesNotContain("javascript:", "onerror", "<img");
    }
}
