package io.praxis.scoring.cli;

import io.praxis.content.Curriculum;
import io.praxis.content.CurriculumLoader;
import io.praxis.content.practice.CaseStudy;
import io.praxis.content.search.PraxisAnalyzers;
import io.praxis.content.validation.ContentValidationException;
import io.praxis.scoring.evaluation.Evaluation;
import io.praxis.scoring.evaluation.EvaluationReport;
import io.praxis.scoring.evaluation.GoldAnswer;
import io.praxis.scoring.evaluation.GoldSet;
import io.praxis.scoring.evaluation.GoldSetException;
import io.praxis.scoring.grading.AnswerRejectedException;
import io.praxis.scoring.grading.CriterionGrade;
import io.praxis.scoring.grading.Evidence;
import io.praxis.scoring.grading.Flag;
import io.praxis.scoring.grading.GradeReport;
import io.praxis.scoring.grading.Grader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grader on the command line, for rubric authors ({@code scoring/target/praxis-grader.jar}):
 *
 * <pre>
 * java -jar praxis-grader.jar grade --case ID --answer FILE [--json]   the full grade report
 * java -jar praxis-grader.jar eval [--gold FILE] [--json]              agreement with a gold set
 *                                                                      (default: every bundled one)
 * java -jar praxis-grader.jar cases                                    case ids and rubric versions
 * </pre>
 *
 * <p>Exit codes: 0 done; 2 the input is wrong (unknown command, option or case, unreadable file,
 * malformed JSONL line, rejected answer), with one line on standard error naming the problem; 1 the
 * bundled content is invalid or something unexpected failed.
 *
 * <p>The arguments are parsed by hand: three commands with one or two options each do not justify
 * a parsing library in a self-contained jar, and hand-written parsing lets every mistake produce
 * the same one-line, exit-code-2 error the rest of the tool uses.
 */
public final class GraderCli {

    /** Exit code for a mistake in the input. */
    public static final int USAGE = 2;

    static final String HELP = """
            usage:
              praxis-grader grade --case ID --answer FILE [--json]
              praxis-grader eval [--gold FILE] [--json]
              praxis-grader cases""";

    private final Supplier<Curriculum> curriculum;

    GraderCli(Supplier<Curriculum> curriculum) {
        this.curriculum = curriculum;
    }

    public static void main(String[] args) {
        // json-schema-validator logs through SLF4J; without a provider it prints a warning on every run
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command with the bundled curriculum; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new GraderCli(CurriculumLoader::loadBundled).execute(args, out, err);
    }

    int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).println(HELP);
            return args.length == 0 ? USAGE : 0;
        }
        try {
            Map<String, String> options = options(args);
            return switch (args[0]) {
                case "grade" -> grade(options, out);
                case "eval" -> eval(options, out);
                case "cases" -> cases(options, out);
                default -> throw new UsageException("unknown command '" + args[0] + "' (grade, eval or cases)");
            };
        } catch (UsageException | GoldSetException | AnswerRejectedException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (ContentValidationException e) {
            err.println("error: the bundled content is invalid: "
                    + e.getMessage().lines().findFirst().orElse(""));
            return 1;
        } catch (RuntimeException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--json" -> options.put("json", "true");
                case "--case", "--answer", "--gold" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException(a + " needs a value");
                    }
                    options.put(a.substring(2), args[++i]);
                }
                default -> throw new UsageException("unknown option '" + a + "'");
            }
        }
        return options;
    }

    private int grade(Map<String, String> options, PrintStream out) {
        allow(options, "case", "answer", "json");
        String caseId = require(options, "case");
        Path file = Path.of(require(options, "answer"));
        Curriculum c = curriculum.get();
        CaseStudy caseStudy = c.caseStudy(caseId).orElseThrow(() -> new UsageException("unknown case '" + caseId
                + "' (list them with: praxis-grader cases)"));
        String answer = read(file);
        GradeReport report = Grader.create(c, PraxisAnalyzers.load()).grade(caseStudy, answer);
        if (options.containsKey("json")) {
            JsonMapper json = JsonMapper.builder().build();
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(report.toJson())));
        } else {
            out.print(text(report, caseStudy.title()));
        }
        return 0;
    }

    private int eval(Map<String, String> options, PrintStream out) {
        allow(options, "gold", "json");
        Curriculum c = curriculum.get();
        List<GoldAnswer> gold;
        if (options.containsKey("gold")) {
            Path file = Path.of(options.get("gold"));
            gold = GoldSet.parse(file.toString(), read(file));
        } else {
            gold = GoldSet.bundled(c);
        }
        if (gold.isEmpty()) {
            throw new UsageException("the gold set has no answers");
        }
        EvaluationReport report = new Evaluation(Grader.create(c, PraxisAnalyzers.load())).run(gold);
        if (options.containsKey("json")) {
            out.println(report.toJson());
        } else {
            out.print(report.toTable());
        }
        return 0;
    }

    private int cases(Map<String, String> options, PrintStream out) {
        allow(options);
        Curriculum c = curriculum.get();
        List<CaseStudy> cases = new ArrayList<>(c.cases());
        cases.sort(java.util.Comparator.comparing(CaseStudy::id));
        for (CaseStudy cs : cases) {
            out.printf(Locale.ROOT, "%-24s v%-3d %-14s %s%n", cs.id(), cs.rubric().version(), cs.kind().id(),
                    cs.title());
        }
        c.rubric(Curriculum.STRUCTURED_ANSWER).ifPresent(r -> out.printf(Locale.ROOT, "%-24s v%-3d %-14s %s%n",
                r.id(), r.version(), "(questions)", r.title()));
        return 0;
    }

    static String text(GradeReport r, String title) {
        StringBuilder s = new StringBuilder();
        s.append(r.rubricTag()).append("  ").append(title).append('\n');
        s.append(String.format(Locale.ROOT, "Overall %d/100   confidence %.2f   words %d   needs mentor review: %s%n",
                r.overall(), r.confidence(), r.wordCount(), r.needsReview() ? "yes" : "no"));
        if (r.flags().isEmpty()) {
            s.append("Flags: none\n");
        }
        for (Flag f : r.flags()) {
            s.append("Flag ").append(f.code()).append(": ").append(f.message()).append('\n');
        }
        for (CriterionGrade c : r.criteria()) {
            s.append('\n').append(String.format(Locale.ROOT, "[%d/3] %s (%s, weight %d, sub-score %d)%n", c.level(),
                    c.title(), c.criterionId(), c.weight(), c.subScore()));
            s.append("  Level ").append(c.level()).append(": ").append(c.descriptor()).append('\n');
            for (Evidence e : c.evidence()) {
                s.append("  + [").append(e.start()).append('-').append(e.end()).append("] ").append(e.text()
                        .replaceAll("\\s+", " ")).append("  ").append(e.conceptIds()).append('\n');
            }
            if (!c.missing().isEmpty()) {
                s.append("  Missing: ").append(String.join("; ", c.missing().stream().map(m -> m.label()).toList()))
                        .append('\n');
            }
            s.append("  Feedback: ").append(c.feedback()).append('\n');
        }
        return s.toString();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + (e.getMessage() == null ? e : e.getMessage()));
        }
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    private static void allow(Map<String, String> options, String... names) {
        List<String> allowed = List.of(names);
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException("--" + name + " does not apply to this command");
            }
        }
    }

    /** A mistake in the command line or its input: one line, exit code 2. */
    static final class UsageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
