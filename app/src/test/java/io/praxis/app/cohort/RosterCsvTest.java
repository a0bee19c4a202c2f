package io.praxis.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

    private static RosterCsv.Parsed parse(String text) {
        return RosterCsv.parse(text.getBytes(StandardCharsets.UTF_8), 2000);
    }

    @Test
    void headerIsOptionalAndLinesCountTheHeader() {
        var withHeader = parse("email,name\nana@example.org,Ana\nbo@example.org,Bo\n");
        var without = parse("ana@example.org,Ana\nbo@example.org,Bo");
        assertThat(withHeader.fileProblem()).isNull();
        assertThat(withHeader.rows()).extracting(RosterCsv.Row::line).containsExactly(2, 3);
        assertThat(without.rows()).extracting(RosterCsv.Row::line).containsExactly(1, 2);
        assertThat(without.rows()).extracting(RosterCsv.Row::email).containsExactly("ana@example.org", "bo@example.org");
        assertThat(withHeader.rows()).extracting(RosterCsv.Row::name).containsExactly("Ana", "Bo");
    }

    @Test
    void aHeaderMayPutTheColumnsInAnyOrder() {
        var parsed = parse("Name,E-mail\nAna Lima, ana@example.org \n");
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.email()).isEqualTo("ana@example.org");
            assertThat(r.name()).isEqualTo("Ana Lima");
        });
    }

    @Test
    void quotedValuesMayHoldCommasQuotesAndLineBreaks() {
        var parsed = parse("\uFEFFemail,name\r\nana@example.org,\"Lima, Ana \"\"Nana\"\"\"\r\n"
                + "bo@example.org,\"Bo\nBo\"\r\ncy@example.org,Cy\r\n");
        assertThat(parsed.rows()).extracting(RosterCsv.Row::name)
                .containsExactly("Lima, Ana \"Nana\"", "Bo\nBo", "Cy");
        assertThat(parsed.rows()).extracting(RosterCsv.Row::line).containsExactly(2, 3, 5);
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        var parsed = parse("ana@example.org,Ana\n\n  \nbo@example.org,Bo\n");
        assertThat(parsed.rows()).extracting(RosterCsv.Row::line).containsExactly(1, 4);
    }

    @Test
    void semicolonsSeparateWhenTheFirstLineHasNoComma() {
        var parsed = parse("email;name\nana@example.org;Lima, Ana\n");
        assertThat(parsed.rows()).singleElement().extracting(RosterCsv.Row::name).isEqualTo("Lima, Ana");
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsWrongWithAHint() {
        var parsed = parse("ana@example.org,Lima, Ana\nbo@example.org\n");
        assertThat(parsed.rows()).allSatisfy(r -> assertThat(r.problem()).startsWith("Expected 2 values"));
        assertThat(parsed.rows().getFirst().problem()).contains("found 3").contains("double quotes");
        assertThat(parsed.rows().get(1).problem()).contains("found 1");
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsLine() {
        var parsed = parse("ana@example.org,Ana\nbo@example.org,\"Bo\ncy@example.org,Cy\n");
        assertThat(parsed.rows()).hasSize(2);
        assertThat(parsed.rows().get(1).line()).isEqualTo(2);
        assertThat(parsed.rows().get(1).problem()).contains("never closed").contains("line 2");
    }

    @Test
    void wholeFileProblemsAreReportedInsteadOfRows() {
        assertThat(RosterCsv.parse(new byte[] {(byte) 0xC3, (byte) 0x28, ',', 'x'}, 10).fileProblem()).contains("UTF-8");
        assertThat(parse("").fileProblem()).contains("no rows");
        assertThat(parse("\n \n").fileProblem()).contains("no rows");
        assertThat(parse("email,name\n").fileProblem()).contains("no learner rows");
        assertThat(parse("email,role\nana@example.org,x\n").fileProblem()).contains("no name column");
        assertThat(RosterCsv.parse("a@b.co,A\nb@b.co,B\nc@b.co,C\n".getBytes(StandardCharsets.UTF_8), 2).fileProblem())
                .contains("3 learner rows").contains("at most 2");
    }
}
