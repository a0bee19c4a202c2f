package io.praxis.scoring.evaluation;

import io.praxis.content.Curriculum;
import io.praxis.content.practice.CaseStudy;
import io.praxis.content.practice.Criterion;
import io.praxis.scoring.grading.AnswerRejectedException;
import io.praxis.scoring.grading.CriterionGrade;
import io.praxis.scoring.grading.GradeReport;
import io.praxis.scoring.grading.Grader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the grader over gold answers and measures how well it agrees with the humans.
 *
 * <p>Overall figures pool every answer (Spearman over all overall scores, QWK and exact/adjacent
 * agreement over every criterion level, pairwise ordering over every same-case pair); the
 * per-case figures do the same within one case.
 */
public final class Evaluation {

    private final Grader grader;
    private final Curriculum curriculum;

    public Evaluation(Grader grader) {
        this.grader = grader;
        this.curriculum = grader.curriculum();
    }

    /**
     * Grades every gold answer and compares.
     *
     * @throws GoldSetException naming file and line when an answer names an unknown case or
     *     criterion, or cannot be graded
     */
    public EvaluationReport run(List<GoldAnswer> gold) {
        List<AnswerResult> results = new ArrayList<>();
        for (GoldAnswer g : gold) {
            CaseStudy c = curriculum.caseStudy(g.caseId()).orElseThrow(() -> new GoldSetException(g.where()
                    + ": unknown case id '" + g.caseId() + "'"));
            for (String criterion : g.levels().keySet()) {
                if (c.rubric().criteria().stream().noneMatch(k -> k.id().equals(criterion))) {
                    throw new GoldSetException(g.where() + ": case '" + c.id() + "' has no criterion '" + criterion
                            + "'");
                }
            }
            GradeReport report;
            try {
                report = grader.grade(c, g.answer());
            } catch (AnswerRejectedException e) {
                throw new GoldSetException(g.where() + ": " + e.getMessage());
            }
            Map<String, Integer> levels = new LinkedHashMap<>();
            for (CriterionGrade cg : report.criteria()) {
                levels.put(cg.criterionId(), cg.level());
            }
            results.add(new AnswerResult(c.id(), g.where(), g.score(), report.overall(), g.levels(), levels,
                    report.flags().stream().map(f -> f.code().name()).toList()));
        }
        Map<String, List<AnswerResult>> byCase = new TreeMap<>();
        results.forEach(r -> byCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r));
        Map<String, Figures> perCase = new TreeMap<>();
        byCase.forEach((id, list) -> perCase.put(id, figures(list, List.of(list))));
        return new EvaluationReport(figures(results, List.copyOf(byCase.values())), perCase, results);
    }

    private static Figures figures(List<AnswerResult> results, List<List<AnswerResult>> groups) {
        double[] human = results.stream().mapToDouble(AnswerResult::humanScore).toArray();
        double[] graded = results.stream().mapToDouble(AnswerResult::graderScore).toArray();
        List<int[]> levelPairs = new ArrayList<>();
        for (AnswerResult r : results) {
            r.humanLevels().forEach((criterion, level) -> levelPairs.add(new int[] {level,
                    r.graderLevels().getOrDefault(criterion, 0)}));
        }
        int[] a = levelPairs.stream().mapToInt(p -> p[0]).toArray();
        int[] b = levelPairs.stream().mapToInt(p -> p[1]).toArray();
        double credit = 0;
        int pairs = 0;
        for (List<AnswerResult> group : groups) {
            double[] p = Agreement.pairwise(group.stream().mapToDouble(AnswerResult::humanScore).toArray(),
                    group.stream().mapToDouble(AnswerResult::graderScore).toArray());
            credit += p[0];
            pairs += (int) p[1];
        }
        return new Figures(results.size(), Agreement.spearman(human, graded),
                Agreement.quadraticWeightedKappa(a, b, Criterion.MAX_LEVEL + 1), Agreement.exact(a, b),
                Agreement.adjacent(a, b), pairs == 0 ? Double.NaN : credit / pairs, a.length, pairs);
    }
}
