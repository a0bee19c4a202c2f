package io.praxis.scoring.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.content.Curriculum;
import io.praxis.content.practice.CaseStudy;
import io.praxis.content.practice.Concept;
import io.praxis.content.practice.Criterion;
import io.praxis.content.practice.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public API: report contents, formulas, JSON, and the three ways to grade. */
class GraderTest {

    private final Grader grader = TestContent.grader();
    private final CaseStudy spam = TestContent.caseStudy("spam-detection");

    private static final String MIDDLING = """
            Spam mostly hurts people who lose money to scams, and in our markets older users are the ones who
            fall for them most often, so they are who I would design for.
            I would train a classifier that gives each sender a spam score when they send their first message to
            a stranger. If the score is high, their messages go to the spam folder; otherwise they are delivered
            as usual.
            For training data we have user reports, which give us labels, although they are noisy because people
            also report newsletters and arguments with friends.
            I would tune the threshold for high precision, since hiding a real message from a small business is
            worse than letting one scam through. To see whether it works, I would track scam reports per
            million messages over the following months.
            Spammers will adapt once they notice, so people who are wrongly flagged need a way to appeal.
            We would run it in shadow mode first, compare its decisions with the current rules for a couple of
            weeks, and then ramp up in one country.""";

    @Test
    void reportIdentifiesTheRubricVersion() {
        GradeReport r = grader.grade(spam, MIDDLING);
        assertThat(r.rubricId()).isEqualTo("spam-detection");
        assertThat(r.rubricVersion()).isEqualTo(spam.rubric().version());
        assertThat(r.rubricTag()).isEqualTo("spam-detection@v" + spam.rubric().version());
        assertThat(r.wordCount()).isBetween(150, 220);
    }

    @Test
    void overallIsTheWeightedMeanOfLevels() {
        GradeReport r = grader.grade(spam, MIDDLING);
        assertThat(r.flags()).isEmpty();
        double sum = 0;
        for (int i = 0; i < r.criteria().size(); i++) {
            CriterionGrade g = r.criteria().get(i);
            Criterion c = spam.rubric().criteria().get(i);
            assertThat(g.criterionId()).isEqualTo(c.id());
            assertThat(g.weight()).isEqualTo(c.weight());
            assertThat(g.subScore()).isEqualTo((int) Math.round(g.level() / 3.0 * 100));
            assertThat(g.descriptor()).isEqualTo(c.descriptor(g.level()));
            assertThat(g.nextDescriptor()).isEqualTo(g.level() < 3 ? c.descriptor(g.level() + 1) : null);
            assertThat(g.lessons()).isEqualTo(c.lessons());
            assertThat(g.matchedConcepts().size() + g.missing().size())
                    .isBetween(c.concepts().size(), c.concepts().size() + 1);
            sum += g.weight() * g.level() / 3.0;
        }
        assertThat(r.overall()).isEqualTo((int) Math.round(100 * sum / spam.rubric().totalWeight()));
        assertThat(r.overall()).isBetween(40, 85);
    }

    @Test
    void evidenceNamesTheConceptsItEarned() {
        GradeReport r = grader.grade(spam, MIDDLING);
        CriterionGrade userProblem = r.criterion("user-problem").orElseThrow();
        assertThat(userProblem.matchedConcepts()).contains("concrete-harm", "exposed-groups");
        assertThat(userProblem.evidence()).anySatisfy(e -> {
            assertThat(e.text()).startsWith("Spam mostly hurts people who lose money");
            assertThat(e.conceptIds()).contains("concrete-harm");
        });
    }

    @Test
    void feedbackNamesWhatTheNextLevelNeeds() {
        GradeReport r = grader.grade(spam, MIDDLING);
        for (CriterionGrade g : r.criteria()) {
            assertThat(g.feedback()).isNotBlank();
            if (g.level() < 3 && !g.missing().isEmpty()) {
                assertThat(g.feedback()).contains("level " + (g.level() + 1));
                assertThat(g.feedback()).contains(g.missing().getFirst().label());
            }
        }
    }

    @Test
    void antiIndicatorLowersTheLevelAndSaysWhy() {
        String good = "Spammers will adapt to the filter, so we red-team it every month. Wrongly flagged senders"
                + " can appeal and get a second look within a day. A human review is needed before we suspend"
                + " an account, because a permanent ban is hard to undo.";
        CriterionGrade before = grader.grade(spam, good).criterion("risks-mitigations").orElseThrow();
        CriterionGrade after = grader.grade(spam, good + " In the end the model is objective, so the model"
                + " decides who gets banned.").criterion("risks-mitigations").orElseThrow();
        assertThat(before.level()).isPositive();
        assertThat(after.level()).isEqualTo(before.level() - 1);
        assertThat(after.feedback()).contains("treats the model as final");
    }

    @Test
    void synonymsFromTheDomainListMatch() {
        CaseStudy ride = TestContent.caseStudy("ride-eta");
        // the synonym list says "eta" = "arrival time" = "estimated time of arrival"
        Concept concept = ride.rubric().criteria().stream().flatMap(c -> c.concepts().stream())
                .filter(c -> c.phrases().stream().anyMatch(p -> p.matches("(?i).*\\beta\\b.*"))).findFirst()
                .orElseThrow();
        String phrase = concept.phrases().stream().filter(p -> p.matches("(?i).*\\beta\\b.*")).findFirst()
                .orElseThrow().replaceAll("(?i)\\beta\\b", "estimated time of arrival");
        GradeReport r = grader.grade(ride, "Riders always look at the " + phrase + " while they wait for the"
                + " driver to turn up.");
        assertThat(r.criteria().stream().flatMap(c -> c.matchedConcepts().stream())).contains(concept.id());
    }

    @Test
    void jsonRoundTripKeepsEverything() {
        GradeReport r = grader.grade(spam, MIDDLING);
        String json = r.toJson();
        assertThat(json).contains("\"rubricTag\":\"spam-detection@v1\"", "\"criteria\":", "\"evidence\":",
                "\"nextDescriptor\":");
        assertThat(GradeReport.fromJson(json)).isEqualTo(r);
        GradeReport flagged = grader.grade(spam, "Spam is bad so we block it with machine learning.");
        assertThat(GradeReport.fromJson(flagged.toJson())).isEqualTo(flagged);
        assertThatThrownBy(() -> GradeReport.fromJson("{\"overall\": \"x\"")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void confidenceFollowsTheDocumentedFormula() {
        GradeReport model = grader.grade(spam, spam.modelAnswer());
        assertThat(model.confidence()).isBetween(0.6, 0.9);
        assertThat(model.needsReview()).isFalse();
        GradeReport shortOne = grader.grade(spam, "Spam is bad so we block it with machine learning.");
        assertThat(shortOne.confidence()).isLessThanOrEqualTo(0.5);
        assertThat(shortOne.needsReview()).isTrue();
        GradeReport middling = grader.grade(spam, MIDDLING);
        assertThat(middling.confidence()).isBetween(0.0, 1.0);
        assertThat(middling.needsReview()).isEqualTo(middling.confidence() < Grader.REVIEW_CONFIDENCE
                || !middling.flags().isEmpty());
    }

    @Test
    void gradesWithAnyRubricPromptAndContext() {
        GradeReport viaCase = grader.grade(spam, MIDDLING);
        GradeReport viaRubric = grader.grade(spam.rubric(), spam.prompt(), spam.context(), MIDDLING);
        assertThat(viaRubric.criteria()).isEqualTo(viaCase.criteria());
        GradeReport noPrompt = grader.grade(spam.rubric(), null, null, MIDDLING);
        assertThat(noPrompt.overall()).isEqualTo(viaCase.overall());
    }

    @Test
    void questionsAreGradedWithTheirCaseRubricOrTheStructuredOne() {
        Curriculum curriculum = TestContent.curriculum();
        Question generic = curriculum.questions().stream().filter(q -> q.caseId() == null).findFirst().orElseThrow();
        GradeReport r = grader.gradeQuestion(generic, """
                To clarify, I'll assume the goal is to help small businesses answer customers faster, and that the
                users are the shop owners. I'd structure my answer in three parts: the problem, the options and how
                I would measure success. For example, a shop that answers within an hour keeps roughly 20 percent
                more customers, so the metric I'd track is the share of messages answered within an hour, with
                complaints as a guardrail. The trade-off is speed against accuracy, and I'd prioritise accuracy
                because a wrong answer costs more trust than a slow one. To summarise, start small and measure.""");
        assertThat(r.rubricId()).isEqualTo(Curriculum.STRUCTURED_ANSWER);
        assertThat(r.overall()).isPositive();
        curriculum.questions().stream().filter(q -> q.caseId() != null).findFirst().ifPresent(q -> assertThat(
                grader.gradeQuestion(q, MIDDLING).rubricId()).isEqualTo(q.caseId()));
    }

    @Test
    void oneGraderServesManyThreads() throws Exception {
        List<CaseStudy> cases = TestContent.curriculum().cases();
        List<GradeReport> sequential = cases.stream().map(c -> grader.grade(c, c.modelAnswer())).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<List<GradeReport>>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> cases.stream().map(c -> grader.grade(c, c.modelAnswer())).toList()));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void createPrecompilesEveryRubricOnce() {
        assertThat(grader.knownWordCount()).isGreaterThan(3_000);
        assertThat(grader.curriculum()).isSameAs(TestContent.curriculum());
        List<CaseStudy> cases = TestContent.curriculum().cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(18);
    }
}
