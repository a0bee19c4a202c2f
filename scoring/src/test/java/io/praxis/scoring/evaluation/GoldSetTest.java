package io.praxis.scoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.scoring.grading.TestContent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldSetTest {

    @Test
    void parsesLinesWithOptionalLevels() {
        List<GoldAnswer> gold = GoldSet.parse("g.jsonl", """
                {"case": "spam-detection", "answer": "We would block scams.", "score": 20, "levels": {"user-problem": 1}}

                {"case": "ride-eta", "answer": "Show an arrival time.", "score": 5}
                """);
        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).levels()).isEqualTo(Map.of("user-problem", 1));
        assertThat(gold.get(1).levels()).isEmpty();
        assertThat(gold.get(1).where()).isEqualTo("g.jsonl:3");
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertError("{\"case\": \"x\", \"answer\": \"a\", \"score\": 1}\n{oops", "g.jsonl:2: not valid JSON");
        assertError("[1, 2]", "g.jsonl:1: each line must be one JSON object");
        assertError("{\"answer\": \"a\", \"score\": 1}", "g.jsonl:1: \"case\" must be");
        assertError("{\"case\": \"x\", \"answer\": \"\", \"score\": 1}", "g.jsonl:1: \"answer\" must be");
        assertError("{\"case\": \"x\", \"answer\": \"a\", \"score\": 101}", "g.jsonl:1: \"score\" must be");
        assertError("{\"case\": \"x\", \"answer\": \"a\", \"score\": \"high\"}", "g.jsonl:1: \"score\" must be");
        assertError("{\"case\": \"x\", \"answer\": \"a\", \"score\": 1, \"levels\": {\"k\": 4}}",
                "g.jsonl:1: level of \"k\" must be");
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> GoldSet.parse("g.jsonl", text)).isInstanceOf(GoldSetException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void unknownCasesAndCriteriaNameTheLine() {
        Evaluation evaluation = new Evaluation(TestContent.grader());
        List<GoldAnswer> unknownCase = GoldSet.parse("g.jsonl", "\n{\"case\": \"nope\", \"answer\": \"a b\", \"score\": 1}");
        assertThatThrownBy(() -> evaluation.run(unknownCase)).isInstanceOf(GoldSetException.class)
                .hasMessage("g.jsonl:2: unknown case id 'nope'");
        List<GoldAnswer> unknownCriterion = GoldSet.parse("g.jsonl",
                "{\"case\": \"spam-detection\", \"answer\": \"a b\", \"score\": 1, \"levels\": {\"nope\": 1}}");
        assertThatThrownBy(() -> evaluation.run(unknownCriterion)).isInstanceOf(GoldSetException.class)
                .hasMessage("g.jsonl:1: case 'spam-detection' has no criterion 'nope'");
    }

    @Test
    void everyBundledGoldSetParsesAndCoversTheRequiredCases() {
        List<GoldAnswer> gold = GoldSet.bundled(TestContent.curriculum());
        assertThat(gold).isNotEmpty();
        for (String id : List.of("spam-detection", "build-vs-buy", "biased-model", "genai-misuse", "docs-assistant",
                "ride-eta", "health-privacy", "face-recognition")) {
            assertThat(gold.stream().filter(g -> g.caseId().equals(id)).count()).as(id).isGreaterThanOrEqualTo(6);
        }
    }
}
