package io.praxis.app.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoresCsvTest {

    @Test
    void readsRowsWithOptionalHeaderBlankLinesAndComments() {
        ScoresCsv.Parsed p = ScoresCsv.parse("label,score\r\n1,0.9\n\n# a comment\n0, 0.25 \n\"1\",\"1\"\n");
        assertThat(p.ok()).isTrue();
        assertThat(p.labels()).containsExactly(1, 0, 1);
        assertThat(p.scores()).containsExactly(0.9, 0.25, 1.0);
        assertThat(p.lines()).containsExactly(2, 5, 6);
    }

    @Test
    void acceptsTabsSemicolonsAndSpacesAsSeparators() {
        assertThat(ScoresCsv.parse("1\t0.5\n0;0.1\n1 0.7").scores()).containsExactly(0.5, 0.1, 0.7);
    }

    @Test
    void namesTheLineOfEveryProblem() {
        ScoresCsv.Parsed p = ScoresCsv.parse("label,score\n1,0.9\n1,abc\nx,0.3\n0,1.5\n1,0.2,7\n0,NaN");
        assertThat(p.ok()).isFalse();
        assertThat(p.problems()).extracting(Object::toString).containsExactly(
                "line 3: score 'abc' is not a number",
                "line 4: label 'x' must be 0 or 1",
                "line 5: score 1.5 must be between 0 and 1",
                "line 6: expected 2 values (label,score), got 3",
                "line 7: score 'NaN' is not a number");
        assertThat(p.problemCount()).isEqualTo(5);
    }

    @Test
    void aHeaderIsOnlyAcceptedFirst() {
        ScoresCsv.Parsed p = ScoresCsv.parse("1,0.5\nlabel,score");
        assertThat(p.problems()).extracting(Object::toString).containsExactly("line 2: label 'label' must be 0 or 1");
    }

    @Test
    void emptyInputSaysWhatToPaste() {
        assertThat(ScoresCsv.parse("  \n").problems().getFirst().toString()).startsWith("no data");
        assertThat(ScoresCsv.parse("label,score\n").ok()).isFalse();
    }

    @Test
    void reportsAtMostTenProblemsButCountsAll() {
        ScoresCsv.Parsed p = ScoresCsv.parse("x,1\n".repeat(25));
        assertThat(p.problems()).hasSize(ScoresCsv.MAX_PROBLEMS);
        assertThat(p.problemCount()).isEqualTo(25);
    }

    @Test
    void acceptsExactlyTheMaximumNumberOfRows() {
        String ok = "1,0.5\n".repeat(ScoresCsv.MAX_ROWS);
        assertThat(ScoresCsv.parse(ok).rows()).isEqualTo(ScoresCsv.MAX_ROWS);
        ScoresCsv.Parsed tooMany = ScoresCsv.parse(ok + "0,0.1\n");
        assertThat(tooMany.problems().getFirst().toString())
                .isEqualTo("line 100001: too many rows: at most 100,000 data rows are accepted");
    }

    @Test
    void tooLongTextIsRefusedBeforeItIsSplit() {
        ScoresCsv.Parsed p = ScoresCsv.parse("1".repeat(ScoresCsv.MAX_CHARS + 1));
        assertThat(p.problems().getFirst().toString()).startsWith("the pasted text is too long: 4,000,001 characters");
    }

    @Test
    void formatRoundTrips() {
        String csv = ScoresCsv.format(new int[] {1, 0}, new double[] {0.125, 0.5});
        assertThat(csv).isEqualTo("label,score\n1,0.125\n0,0.5\n");
        assertThat(ScoresCsv.parse(csv).scores()).containsExactly(0.125, 0.5);
    }
}
