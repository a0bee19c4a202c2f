package io.praxis.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CSV cells: formula injection escaped, RFC 4180 quoting. */
class DashboardCsvTest {

    static Stream<Arguments> formulas() {
        return Stream.of(
                Arguments.of("=1+2", "'=1+2"),
                Arguments.of("+1 555 0100", "'+1 555 0100"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1:A2)", "'@SUM(A1:A2)"),
                Arguments.of("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
                // Escaped and quoted: the quote prefix goes inside the quotes.
                Arguments.of("=HYPERLINK(\"http://evil.example\",\"x\")",
                        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void formulaStartsGetAQuote(String value, String expected) {
        assertThat(DashboardCsv.cell(value)).isEqualTo(expected);
    }

    @Test
    void tabAndCarriageReturnStartsAreEscapedToo() {
        assertThat(DashboardCsv.cell("\t=1+2")).isEqualTo("'\t=1+2");
        assertThat(DashboardCsv.cell("\r=1+2")).as("quoted because of the CR").isEqualTo("\"'\r=1+2\"");
    }

    @Test
    void ordinaryValuesAreLeftAlone() {
        assertThat(DashboardCsv.cell("Lena Learner")).isEqualTo("Lena Learner");
        assertThat(DashboardCsv.cell("42")).isEqualTo("42");
        assertThat(DashboardCsv.cell("a=b")).as("only a leading sign is dangerous").isEqualTo("a=b");
        assertThat(DashboardCsv.cell("")).isEmpty();
        assertThat(DashboardCsv.cell(null)).isEmpty();
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(DashboardCsv.cell("Learner, Lena")).isEqualTo("\"Learner, Lena\"");
        assertThat(DashboardCsv.cell("the \"best\" answer")).isEqualTo("\"the \"\"best\"\" answer\"");
        assertThat(DashboardCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void rowsJoinCellsWithCommasAndEndInCrLf() {
        assertThat(DashboardCsv.row(List.of("a", "=b", "c,d", ""))).isEqualTo("a,'=b,\"c,d\",\r\n");
    }
}
