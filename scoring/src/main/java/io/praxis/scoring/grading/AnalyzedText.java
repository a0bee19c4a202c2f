package io.praxis.scoring.grading;

import java.util.List;

/** A text split into tokens and sentences, with offsets into the original string. */
record AnalyzedText(String text, List<Token> tokens, List<Sentence> sentences) {

    List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }
}
