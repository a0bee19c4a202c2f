package io.praxis.scoring.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void lowercasesAndSplitsOnAllSixWhitespaceCharacters() {
        assertThat(Tokens.tokenize("  The\tCAT\nsat\r\non\u000Bthe\fmat.  "))
                .containsExactly("the", "cat", "sat", "on", "the", "mat.");
        assertThat(Tokens.tokenize("")).isEmpty();
        assertThat(Tokens.tokenize(" \t ")).isEmpty();
    }

    @Test
    void countsNgrams() {
        assertThat(Tokens.ngramCounts(List.of("a", "b", "a", "b"), 2))
                .containsEntry(List.of("a", "b"), 2).containsEntry(List.of("b", "a"), 1).hasSize(2);
        assertThat(Tokens.ngramCounts(List.of("a"), 2)).isEmpty();
        assertThat(Tokens.ngramCount(1, 2)).isZero();
        assertThat(Tokens.ngramCount(4, 2)).isEqualTo(3);
    }
}
