package io.praxis.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.scoring.grading.GradeReport;
import io.praxis.scoring.grading.TestContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line tool, run in-process. */
class GraderCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new GraderCli(TestContent::curriculum).execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void listsCasesWithRubricVersions() {
        assertThat(run("cases")).isZero();
        assertThat(out()).contains("spam-detection", "v1", "face-recognition", "structured-answer");
        assertThat(err()).isEmpty();
    }

    @Test
    void gradesAnAnswerFileAsText() throws IOException {
        Path answer = write("a.txt", TestContent.caseStudy("spam-detection").modelAnswer());
        assertThat(run("grade", "--case", "spam-detection", "--answer", answer.toString())).isZero();
        assertThat(out()).contains("spam-detection@v1", "Overall ", "confidence", "Feedback:", "[3/3]");
    }

    @Test
    void gradesAnAnswerFileAsJson() throws IOException {
        Path answer = write("a.txt", TestContent.caseStudy("ride-eta").modelAnswer());
        assertThat(run("grade", "--json", "--case", "ride-eta", "--answer", answer.toString())).isZero();
        GradeReport report = GradeReport.fromJson(out());
        assertThat(report.rubricId()).isEqualTo("ride-eta");
        assertThat(report.criteria()).isNotEmpty();
    }

    @Test
    void evaluatesAGoldFileAsJson() throws IOException {
        String gold = TestContent.curriculum().goldSets().get("spam-detection");
        Path file = write("gold.jsonl", gold);
        assertThat(run("eval", "--gold", file.toString(), "--json")).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out());
        for (String field : new String[] {"n", "spearman", "qwk", "exact", "adjacent", "pairwise", "per_case"}) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("n").asInt()).isEqualTo(gold.strip().split("\n").length);
        assertThat(json.get("per_case").get("spam-detection").get("n").asInt()).isEqualTo(json.get("n").asInt());
    }

    @Test
    void evaluatesAGoldFileAsATable() throws IOException {
        Path file = write("gold.jsonl", TestContent.curriculum().goldSets().get("ride-eta"));
        assertThat(run("eval", "--gold", file.toString())).isZero();
        assertThat(out()).contains("spearman", "ride-eta", "ALL");
    }

    @Test
    void unknownCaseIsAOneLineErrorWithExitCode2() throws IOException {
        Path answer = write("a.txt", "Some answer text.");
        assertThat(run("grade", "--case", "no-such-case", "--answer", answer.toString())).isEqualTo(2);
        assertThat(err()).startsWith("error: unknown case 'no-such-case'").hasLineCount(1);
        assertThat(out()).isEmpty();
    }

    @Test
    void unreadableFileIsAOneLineErrorWithExitCode2() {
        Path missing = dir.resolve("missing.txt");
        assertThat(run("grade", "--case", "spam-detection", "--answer", missing.toString())).isEqualTo(2);
        assertThat(err()).contains("cannot read " + missing).hasLineCount(1);
        assertThat(run("eval", "--gold", dir.toString())).isEqualTo(2);
    }

    @Test
    void malformedJsonlLineNamesTheLineWithExitCode2() throws IOException {
        Path file = write("bad.jsonl", "{\"case\": \"spam-detection\", \"answer\": \"We block scams.\", \"score\": 5}\n"
                + "{\"case\": \"spam-detection\", \"answer\": \"x\", \"score\": 5\n");
        assertThat(run("eval", "--gold", file.toString())).isEqualTo(2);
        assertThat(err()).startsWith("error: " + file + ":2: not valid JSON").hasLineCount(1);
    }

    @Test
    void unknownCaseInAGoldFileNamesTheLine() throws IOException {
        Path file = write("bad.jsonl", "{\"case\": \"nope\", \"answer\": \"We block scams.\", \"score\": 5}\n");
        assertThat(run("eval", "--gold", file.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("error: " + file + ":1: unknown case id 'nope'" + System.lineSeparator());
    }

    @Test
    void rejectedAnswerIsAnErrorWithExitCode2() throws IOException {
        Path answer = write("empty.txt", "   \n");
        assertThat(run("grade", "--case", "spam-detection", "--answer", answer.toString())).isEqualTo(2);
        assertThat(err()).contains("empty").hasLineCount(1);
    }

    @Test
    void usageMistakesExitWith2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("grade", "--case")).isEqualTo(2);
        assertThat(run("grade", "--answer", "x.txt")).isEqualTo(2);
        assertThat(run("cases", "--json")).isEqualTo(2);
        assertThat(run("eval", "--verbose")).isEqualTo(2);
        assertThat(run("--help")).isZero();
    }
}
