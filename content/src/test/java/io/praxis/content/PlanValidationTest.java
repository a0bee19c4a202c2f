package io.praxis.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.content.plan.AutoCompletion;
import io.praxis.content.plan.PlanPhase;
import io.praxis.content.plan.PlanTemplate;
import io.praxis.content.source.DirectoryContentSource;
import io.praxis.content.validation.ContentProblem;
import io.praxis.content.validation.ContentValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 90-day plan template is validated like every other content file: schema first, then
 * the links and rules a schema cannot express, each problem with file and line.
 */
class PlanValidationTest {

    @TempDir
    Path root;

    void write(String path, String text) throws IOException {
        ContentTree.write(root, path, text);
    }

    @BeforeEach
    void validTree() throws IOException {
        ContentTree.writeValid(root);
    }

    /** A plan of 13 weeks; week 1 is given, weeks 2-13 are generated with two plain tasks each. */
    static String plan(String week1Tasks) {
        StringBuilder yaml = new StringBuilder("title: A test plan\nweeks:\n");
        yaml.append("""
                  - week: 1
                    phase: foundations
                    title: The first week
                    goal: A goal long enough for the schema to accept it.
                    tasks:
                """).append(week1Tasks);
        IntStream.rangeClosed(2, 13).forEach(w -> yaml.append("""
                  - week: %d
                    phase: %s
                    title: Week number %d
                    goal: A goal long enough for the schema to accept it.
                    tasks:
                      - id: w%d-a
                        title: Do the first thing
                        description: A description long enough for the schema.
                      - id: w%d-b
                        title: Do the second thing
                        description: A description long enough for the schema.
                """.formatted(w, w <= 4 ? "foundations" : w <= 8 ? "application" : "network", w, w, w)));
        return yaml.toString();
    }

    static final String GOOD_WEEK_1 = """
                  - id: read-first
                    title: Read the first lesson
                    description: A description long enough for the schema.
                    modules: [basics]
                    lessons: [first-lesson]
                    calculators: [confusion]
                    auto: {lesson: first-lesson}
                  - id: finish-basics
                    title: Finish the basics module
                    description: A description long enough for the schema.
                    modules: [basics]
                    auto: {module: basics}
            """;

    Curriculum load() {
        return new CurriculumLoader(new DirectoryContentSource(root)).load();
    }

    List<ContentProblem> problems() {
        try {
            load();
        } catch (ContentValidationException e) {
            return e.problems();
        }
        throw new AssertionError("expected the plan to be rejected");
    }

    /** The 1-based line of the first line of plan.yaml containing the text. */
    int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("plan.yaml"));
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text)).findFirst().orElseThrow() + 1;
    }

    @Test
    void aTreeWithoutAPlanHasTheEmptyPlan() {
        assertThat(load().plan().isEmpty()).isTrue();
    }

    @Test
    void aValidPlanLoadsWithWeeksPhasesTasksAndRules() throws IOException {
        write("plan.yaml", plan(GOOD_WEEK_1));
        PlanTemplate plan = load().plan();
        assertThat(plan.title()).isEqualTo("A test plan");
        assertThat(plan.weeks()).hasSize(13);
        assertThat(plan.week(1).orElseThrow().phase()).isEqualTo(PlanPhase.FOUNDATIONS);
        assertThat(plan.week(13).orElseThrow().phase()).isEqualTo(PlanPhase.NETWORK);
        assertThat(plan.tasks()).hasSize(26);
        assertThat(plan.task("read-first").orElseThrow()).satisfies(t -> {
            assertThat(t.week()).isEqualTo(1);
            assertThat(t.lessons()).containsExactly("first-lesson");
            assertThat(t.calculators()).containsExactly("confusion");
            assertThat(t.auto()).isEqualTo(new AutoCompletion(AutoCompletion.Kind.LESSON, "first-lesson"));
        });
        assertThat(plan.task("finish-basics").orElseThrow().auto().kind()).isEqualTo(AutoCompletion.Kind.MODULE);
        assertThat(plan.task("w2-a").orElseThrow().autoCompletion()).isEmpty();
    }

    @Test
    void unknownLessonCaseCalculatorAndModuleAreReportedAtTheirLines() throws IOException {
        write("plan.yaml", plan("""
                      - id: broken
                        title: A task with bad links
                        description: A description long enough for the schema.
                        modules: [no-such-module]
                        lessons: [no-such-lesson]
                        cases: [no-such-case]
                        calculators: [no-such-calculator]
                      - id: fine
                        title: A task without links
                        description: A description long enough for the schema.
                """));
        List<ContentProblem> problems = problems();
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).endsWith("plan.yaml"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.message()).isEqualTo("unknown module id 'no-such-module'");
            assertThat(p.line()).isEqualTo(lineOf("no-such-module"));
            assertThat(p.column()).isGreaterThan(1);
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.message()).isEqualTo("unknown lesson id 'no-such-lesson'");
            assertThat(p.line()).isEqualTo(lineOf("no-such-lesson"));
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.message()).isEqualTo("unknown case id 'no-such-case'");
            assertThat(p.line()).isEqualTo(lineOf("no-such-case"));
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.message()).isEqualTo("unknown calculator id 'no-such-calculator'");
            assertThat(p.line()).isEqualTo(lineOf("no-such-calculator"));
        });
    }

    @Test
    void autoRulesMustNameExistingLinkedWork() throws IOException {
        write("plan.yaml", plan("""
                      - id: ghost
                        title: Completes on a case that does not exist
                        description: A description long enough for the schema.
                        auto: {case: ghost-case}
                      - id: unlinked
                        title: Completes on a lesson it does not link
                        description: A description long enough for the schema.
                        auto: {lesson: first-lesson}
                """));
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.message()).isEqualTo("unknown case id 'ghost-case'");
            assertThat(p.line()).isEqualTo(lineOf("ghost-case"));
        }).anySatisfy(p -> {
            assertThat(p.message()).contains("must also list it under 'lessons'");
            assertThat(p.line()).isEqualTo(lineOf("auto: {lesson: first-lesson}"));
        });
    }

    @Test
    void duplicateTaskIdsAndWeeksOutOfOrderAreReported() throws IOException {
        write("plan.yaml", plan(GOOD_WEEK_1).replace("id: w3-a", "id: w2-a").replace("- week: 5", "- week: 6"));
        List<ContentProblem> problems = problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.message()).isEqualTo("duplicate plan task id 'w2-a'");
            assertThat(p.line()).isEqualTo(lineOf("title: Week number 3") + 3);
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.message()).contains("must be listed in order").contains("week 6 is at position 5");
            assertThat(p.line()).isEqualTo(lineOf("- week: 6"));
        });
    }

    @Test
    void aWeekWithTooFewTasksBreaksTheSchemaAtItsLine() throws IOException {
        write("plan.yaml", plan(GOOD_WEEK_1).replace("""
                      - id: w7-b
                        title: Do the second thing
                        description: A description long enough for the schema.
                """, ""));
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("/weeks/6/tasks").contains("at least 2");
            assertThat(p.line()).isEqualTo(lineOf("id: w7-a"));
        });
    }

    @Test
    void aWeekCountOtherThanThirteenAndBadYamlAreReported() throws IOException {
        String twelve = plan(GOOD_WEEK_1);
        twelve = twelve.substring(0, twelve.indexOf("  - week: 13"));
        write("plan.yaml", twelve);
        assertThat(problems()).anySatisfy(p -> assertThat(p.message()).contains("weeks"));
        write("plan.yaml", "title: [unclosed\nweeks: []\n");
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.message()).startsWith("YAML syntax error");
            assertThat(p.line()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void phasesMustNotGoBack() throws IOException {
        write("plan.yaml", plan(GOOD_WEEK_1).replace("- week: 10\n    phase: network",
                "- week: 10\n    phase: application"));
        assertThat(problems()).extracting(ContentProblem::message).filteredOn(Objects::nonNull)
                .anyMatch(m -> m.contains("week 10 is in phase 'application' after a week in phase 'network'"));
    }
}
