package io.praxis.scoring.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer(TestContent.analyzers());

    private List<String> sentences(String text) {
        AnalyzedText t = analyzer.analyze(text);
        return t.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsSentencesBulletsAndHeadingsWithExactOffsets() {
        String text = "Goal\n- Protect people from scams. Users lose money.\n- Success = fewer reports.\n\n"
                + "**Data**\n1. We label reports.";
        assertThat(sentences(text)).containsExactly("Goal", "Protect people from scams.", "Users lose money.",
                "Success = fewer reports.", "**Data**", "We label reports.");
    }

    @Test
    void joinsLinesThatOnlyWrapAParagraph() {
        String text = "Because chats are encrypted, the model scores each sender from metadata such as\n"
                + "account age and sending rate, and the score decides what happens next.\nThen we launch.";
        assertThat(sentences(text)).containsExactly(
                "Because chats are encrypted, the model scores each sender from metadata such as\naccount age and"
                        + " sending rate, and the score decides what happens next.", "Then we launch.");
    }

    @Test
    void tokensKeepOffsetsAndStemsMatchPhrases() {
        String text = "We\u2019re blocking senders' messages.";
        List<Token> tokens = analyzer.tokens(text);
        assertThat(tokens).extracting(Token::surface).containsExactly("we're", "blocking", "senders", "messages");
        assertThat(tokens).extracting(Token::stem).contains("block", "messag");
        for (Token t : tokens) {
            assertThat(TextAnalyzer.normalise(text.substring(t.start(), t.end())).toLowerCase()).isEqualTo(t.surface());
        }
        assertThat(analyzer.stems("blocked message")).isEqualTo(analyzer.stems("blocking messages"));
    }

    @Test
    void clausesSplitOnPunctuationAndBut() {
        AnalyzedText t = analyzer.analyze("We cannot read chats, but we ask for consent; then we wait.");
        Sentence s = t.sentences().getFirst();
        List<Token> tokens = t.tokensOf(s);
        int consent = tokens.stream().map(Token::surface).toList().indexOf("consent");
        int cannot = tokens.stream().map(Token::surface).toList().indexOf("cannot");
        assertThat(s.clauses()[consent]).isNotEqualTo(s.clauses()[cannot]);
        assertThat(s.separators()).isEqualTo(1);
    }

    @Test
    void substantiveNeedsSixWordsAVerbAndNoList() {
        assertThat(substantive("We would ask for consent before reading reports.")).isTrue();
        assertThat(substantive("Privacy, consent, retention, personal data, deletion, logs.")).isFalse();
        assertThat(substantive("Precision and recall.")).isFalse();
        assertThat(substantive("Metrics and guardrails for the spam folder")).isFalse();
        assertThat(substantive("Server logs: an anonymous request id and latency, deleted after 30 days.")).isTrue();
        assertThat(substantive("They throttle senders who message many strangers.")).isTrue();
    }

    private boolean substantive(String sentence) {
        AnalyzedText t = analyzer.analyze(sentence);
        return AnswerGrading.isSubstantive(t.tokensOf(t.sentences().getFirst()), t.sentences().getFirst());
    }

    @Test
    void synonymVariantsReplaceWholeMembers() {
        SynonymTable table = new SynonymTable(List.of(List.of("ml", "machine learning"),
                List.of("a b test", "split test")), analyzer);
        assertThat(table.variants(analyzer.stems("ml model"))).contains(analyzer.stems("machine learning model"));
        assertThat(table.variants(analyzer.stems("run an a/b test"))).contains(analyzer.stems("run an split test"));
        assertThat(table.variants(analyzer.stems("ml a/b test"))).contains(analyzer.stems("machine learning split test"));
        assertThat(table.variants(analyzer.stems("mlops"))).containsExactly(analyzer.stems("mlops"));
    }

    @Test
    void levelsFollowThresholds() {
        assertThat(AnswerGrading.levelFor(List.of(1, 2, 4), 0)).isZero();
        assertThat(AnswerGrading.levelFor(List.of(1, 2, 4), 1)).isEqualTo(1);
        assertThat(AnswerGrading.levelFor(List.of(1, 2, 4), 3)).isEqualTo(2);
        assertThat(AnswerGrading.levelFor(List.of(1, 2, 4), 7)).isEqualTo(3);
        assertThat(AnswerGrading.levelFor(List.of(1, 3, 3), 3)).isEqualTo(3);
    }
}
