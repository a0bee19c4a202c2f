package io.praxis.scoring.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.content.practice.CaseStudy;
import io.praxis.content.practice.Concept;
import io.praxis.content.practice.Criterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Item 4 of the grader issue: every flag and its effect, on the real cases. */
class AntiGamingTest {

    static final List<String> REQUIRED = List.of("spam-detection", "build-vs-buy", "biased-model", "genai-misuse",
            "docs-assistant", "ride-eta", "health-privacy", "face-recognition");

    static Stream<CaseStudy> cases() {
        return TestContent.curriculum().cases().stream();
    }

    private static GradeReport grade(CaseStudy c, String answer) {
        return TestContent.grader().grade(c, answer);
    }

    // ---- refused ---------------------------------------------------------------------------

    @Test
    void emptyNullAndWhitespaceAnswersAreRefused() {
        CaseStudy c = TestContent.caseStudy("spam-detection");
        for (String answer : new String[] {"", null, "   ", " \n\t \r\n "}) {
            assertThatThrownBy(() -> grade(c, answer)).isInstanceOf(AnswerRejectedException.class)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        }
    }

    @Test
    void answersOverTheLimitAreRefusedWithTheLimit() {
        CaseStudy c = TestContent.caseStudy("spam-detection");
        StringBuilder answer = new StringBuilder();
        while (answer.length() < 20_512) {
            answer.append(c.modelAnswer()).append(' ');
        }
        answer.setLength(20_512);
        assertThatThrownBy(() -> grade(c, answer.toString())).isInstanceOf(AnswerRejectedException.class)
                .hasMessage("The answer has 20,512 characters; the limit is 20,000.");
        answer.setLength(Grader.MAX_CHARACTERS);
        assertThat(grade(c, answer.toString()).overall()).isGreaterThan(0);
    }

    // ---- too short -------------------------------------------------------------------------

    @Test
    void shortAnswersAreGradedButFlagged() {
        CaseStudy c = TestContent.caseStudy("spam-detection");
        String answer = "I would score each sender with a classifier and send the riskiest messages to a spam folder,"
                + " tuning the threshold for high precision because blocking a wanted message costs trust.";
        GradeReport r = grade(c, answer);
        assertThat(r.wordCount()).isLessThan(Grader.SHORT_WORDS);
        assertThat(r.hasFlag(Flag.Code.TOO_SHORT)).isTrue();
        assertThat(r.needsReview()).isTrue();
        assertThat(r.overall()).isGreaterThan(0);
        assertThat(r.criteria()).hasSize(c.rubric().criteria().size());
        assertThat(r.flags()).filteredOn(f -> f.code() == Flag.Code.TOO_SHORT).first()
                .satisfies(f -> assertThat(f.message()).contains("40 words"));
    }

    // ---- pasted prompt ---------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("cases")
    void promptPastedBackScoresAtMost15(CaseStudy c) {
        GradeReport r = grade(c, c.prompt() + "\n\n" + c.context());
        assertThat(r.overall()).isLessThanOrEqualTo(15);
        assertThat(r.hasFlag(Flag.Code.PROMPT_PASTED)).isTrue();
        assertThat(r.needsReview()).isTrue();
    }

    @Test
    void promptPastedWithALittleOwnTextIsStillCapped() {
        CaseStudy c = TestContent.caseStudy("spam-detection");
        String answer = c.context() + "\n" + c.prompt() + "\nI would use a classifier with a spam folder, and"
                + " tune the threshold for precision.";
        GradeReport r = grade(c, answer);
        assertThat(r.hasFlag(Flag.Code.PROMPT_PASTED)).isTrue();
        assertThat(r.overall()).isLessThanOrEqualTo(15);
    }

    // ---- keyword stuffing ------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("cases")
    void allConceptPhrasesJoinedByCommasScoreAtMost25(CaseStudy c) {
        String answer = String.join(", ", c.rubric().criteria().stream().flatMap(k -> k.concepts().stream())
                .flatMap(k -> k.phrases().stream()).toList()) + ".";
        GradeReport r = grade(c, answer);
        assertThat(r.overall()).isLessThanOrEqualTo(25);
        assertThat(r.hasFlag(Flag.Code.KEYWORD_STUFFING)).isTrue();
        assertThat(r.criteria()).allSatisfy(k -> assertThat(k.evidence()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void buzzwordSentencesScoreAtMost25(CaseStudy c) {
        List<String> sentences = new ArrayList<>();
        for (Criterion k : c.rubric().criteria()) {
            List<String> words = k.concepts().stream().map(x -> x.phrases().getFirst()).toList();
            sentences.add("We will cover " + words.get(0) + ", " + words.get(1) + " and " + words.get(2)
                    + " in this plan.");
            sentences.add("Our plan also covers " + words.get(words.size() - 1) + " and " + words.get(1)
                    + " and " + words.get(0) + ".");
        }
        GradeReport r = grade(c, String.join(" ", sentences));
        assertThat(r.overall()).isLessThanOrEqualTo(25);
        assertThat(r.hasFlag(Flag.Code.KEYWORD_STUFFING)).isTrue();
    }

    // ---- padding ---------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("cases")
    void repeatingTheModelAnswerNeverScoresAboveItOnce(CaseStudy c) {
        GradeReport once = grade(c, c.modelAnswer());
        GradeReport thrice = grade(c, c.modelAnswer() + "\n\n" + c.modelAnswer() + "\n\n" + c.modelAnswer());
        assertThat(thrice.overall()).isLessThanOrEqualTo(once.overall());
        assertThat(thrice.hasFlag(Flag.Code.PADDING)).isTrue();
        assertThat(thrice.needsReview()).isTrue();
        for (int i = 0; i < once.criteria().size(); i++) {
            assertThat(thrice.criteria().get(i).level()).isLessThanOrEqualTo(once.criteria().get(i).level());
        }
    }

    @Test
    void repeatingAWeakAnswerWithSmallChangesDoesNotRaiseIt() {
        CaseStudy c = TestContent.caseStudy("ride-eta");
        String base = "I would predict the arrival time with a regression model trained on past trips. We would"
                + " measure the mean absolute error in minutes and show riders the estimate on the map.";
        GradeReport once = grade(c, base);
        String padded = base + "\n" + base.replace("I would", "Also, I would") + "\n" + base.replace("We would",
                "And we would") + "\n" + base;
        GradeReport r = grade(c, padded);
        assertThat(r.overall()).isLessThanOrEqualTo(once.overall());
        assertThat(r.hasFlag(Flag.Code.PADDING)).isTrue();
    }

    // ---- off-topic and gibberish -----------------------------------------------------------

    static final String BREAD = """
            To bake a good loaf of sourdough bread, start the evening before by feeding your starter with equal
            weights of flour and water. The next morning, mix five hundred grams of strong white flour with three
            hundred and fifty grams of warm water and let it rest for an hour. Add the starter and ten grams of
            salt, then stretch and fold the dough every half hour for the first two hours. Leave it to rise until
            it has grown by half, shape it into a tight ball and put it in a floured basket in the fridge overnight.
            Bake it in a very hot cast iron pot with the lid on for twenty minutes, then take the lid off and bake
            until the crust is deep brown. Let the loaf cool completely before you cut it, or the crumb will be
            gummy. A good loaf sounds hollow when you tap the bottom.""";

    @ParameterizedTest
    @MethodSource("cases")
    void offTopicTextScoresAtMost10(CaseStudy c) {
        GradeReport r = grade(c, BREAD);
        assertThat(r.overall()).isLessThanOrEqualTo(10);
        assertThat(r.hasFlag(Flag.Code.OFF_TOPIC)).isTrue();
        assertThat(r.needsReview()).isTrue();
    }

    @Test
    void anotherCasesModelAnswerIsOffTopicOrLow() {
        GradeReport r = grade(TestContent.caseStudy("health-privacy"), TestContent.caseStudy("ride-eta").modelAnswer());
        assertThat(r.overall()).isLessThan(50);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gibberishScoresAtMost10(CaseStudy c) {
        Random random = new Random(42);
        StringBuilder answer = new StringBuilder();
        for (int w = 0; w < 120; w++) {
            int length = 3 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                answer.append((char) ('a' + random.nextInt(26)));
            }
            answer.append(w % 12 == 11 ? ". " : " ");
        }
        GradeReport r = grade(c, answer.toString());
        assertThat(r.overall()).isLessThanOrEqualTo(10);
        assertThat(r.hasFlag(Flag.Code.GIBBERISH)).isTrue();
    }

    @Test
    void gibberishMixedWithRubricWordsIsStillCapped() {
        CaseStudy c = TestContent.caseStudy("spam-detection");
        String answer = ("xqzv plorp we track precision vrrk zzmpt blorf kwaxx recall snerg floop threshold gnarbl"
                + " wuzzle quorf. ").repeat(4);
        GradeReport r = grade(c, answer);
        assertThat(r.overall()).isLessThanOrEqualTo(10);
        assertThat(r.hasFlag(Flag.Code.GIBBERISH)).isTrue();
    }

    // ---- negation and bare lists -----------------------------------------------------------

    private static String privacyConceptId(CaseStudy c) {
        return c.rubric().criteria().stream().flatMap(k -> k.concepts().stream())
                .filter(k -> k.phrases().contains("consent")).map(Concept::id).findFirst()
                .orElseThrow(() -> new AssertionError(c.id() + " has no concept with the phrase 'consent'"));
    }

    private static List<String> conceptsFound(GradeReport r) {
        return r.criteria().stream().flatMap(k -> k.evidence().stream()).flatMap(e -> e.conceptIds().stream())
                .toList();
    }

    @Test
    void negatedConceptIsNotEvidence() {
        CaseStudy c = TestContent.caseStudy("spam-detection");
        String concept = privacyConceptId(c);
        GradeReport asked = grade(c, "Before anyone reads a reported message, we would ask for consent from the"
                + " person who reported it.");
        assertThat(conceptsFound(asked)).contains(concept);
        for (String negated : List.of("We would not ask for consent before reviewers read the reported messages.",
                "Reviewers read the reported messages, and we don't need consent for that.",
                "We read reported messages without consent from the sender.",
                "We would never ask people for consent when they report a message.")) {
            GradeReport r = grade(c, negated);
            assertThat(conceptsFound(r)).as(negated).doesNotContain(concept);
        }
    }

    @Test
    void negationDoesNotCrossAClauseOrNotOnly() {
        CaseStudy c = TestContent.caseStudy("spam-detection");
        String concept = privacyConceptId(c);
        assertThat(conceptsFound(grade(c, "We cannot read the chats themselves, but we would ask for consent before"
                + " a reviewer reads a reported message."))).contains(concept);
        assertThat(conceptsFound(grade(c, "Reviewers would not only check reports but also ask for consent before"
                + " reading the reported message."))).contains(concept);
    }

    @Test
    void bareListsAndHeadingsAreNotEvidence() {
        CaseStudy c = TestContent.caseStudy("spam-detection");
        GradeReport list = grade(c, "Privacy, consent, data retention, personal data, precision, recall.");
        assertThat(conceptsFound(list)).isEmpty();
        GradeReport heading = grade(c, "Privacy and consent\nPrecision and recall\nShadow mode and rollback");
        assertThat(conceptsFound(heading)).isEmpty();
        GradeReport sentence = grade(c, "We would ask for consent and delete reported messages after a retention"
                + " period.");
        assertThat(conceptsFound(sentence)).contains(privacyConceptId(c));
    }

    @Test
    void aPackedSentenceEarnsAtMostOneConceptPerSevenWords() {
        CaseStudy c = TestContent.caseStudy("spam-detection");
        GradeReport r = grade(c, "We'd check bias, fairness, explainability, privacy and a human in the loop.");
        assertThat(conceptsFound(r).stream().distinct().count()).isLessThanOrEqualTo(1);
    }

    // ---- determinism, offsets, model answers -----------------------------------------------

    @ParameterizedTest
    @MethodSource("cases")
    void gradingIsDeterministic(CaseStudy c) {
        String answer = c.modelAnswer().substring(0, c.modelAnswer().length() / 2);
        GradeReport first = grade(c, answer);
        GradeReport again = grade(c, answer);
        GradeReport fresh = Grader.create(TestContent.curriculum(), TestContent.analyzers()).grade(c, answer);
        assertThat(again).isEqualTo(first);
        assertThat(fresh).isEqualTo(first);
        assertThat(fresh.toJson()).isEqualTo(first.toJson());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void evidenceOffsetsQuoteTheAnswerExactly(CaseStudy c) {
        List<String> answers = new ArrayList<>();
        answers.add(c.modelAnswer());
        answers.add("  \u201cWe\u2019d\u201d start with who is harmed.\r\n\r\n- " + c.modelAnswer().replace("\n", "\r\n"));
        for (String answer : answers) {
            GradeReport r = grade(c, answer);
            assertThat(r.criteria().stream().mapToInt(k -> k.evidence().size()).sum()).isPositive();
            for (CriterionGrade k : r.criteria()) {
                for (Evidence e : k.evidence()) {
                    assertThat(answer.substring(e.start(), e.end())).isEqualTo(e.text());
                    assertThat(e.text()).isEqualTo(e.text().strip());
                    assertThat(e.conceptIds()).isNotEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void modelAnswersScoreAtLeast80(CaseStudy c) {
        GradeReport r = grade(c, c.modelAnswer());
        assertThat(r.overall()).as(c.id() + " " + r.criteria().stream().map(CriterionGrade::level).toList())
                .isGreaterThanOrEqualTo(80);
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void theRequiredCasesExist() {
        assertThat(REQUIRED).allSatisfy(id -> assertThat(TestContent.curriculum().caseStudy(id)).isPresent());
    }
}
