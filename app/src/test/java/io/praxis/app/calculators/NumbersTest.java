package io.praxis.app.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void parsesOnlyPlainNumbers() {
        assertThat(Numbers.parseNumber(" 0.5 ")).isEqualTo(0.5);
        assertThat(Numbers.parseNumber("-2")).isEqualTo(-2.0);
        assertThat(Numbers.parseNumber("1e-3")).isEqualTo(0.001);
        assertThat(Numbers.parseNumber(".5")).isEqualTo(0.5);
        assertThat(Numbers.parseNumber("NaN")).isNull();
        assertThat(Numbers.parseNumber("Infinity")).isNull();
        assertThat(Numbers.parseNumber("0x10")).isNull();
        assertThat(Numbers.parseNumber("1d")).isNull();
        assertThat(Numbers.parseNumber("1e999")).isNull();
        assertThat(Numbers.parseNumber("")).isNull();
    }

    @Test
    void parsesWholeNumbersWithThousandsSeparators() {
        assertThat(Numbers.parseWhole("10,000")).isEqualTo(10_000L);
        assertThat(Numbers.parseWhole("-3")).isEqualTo(-3L);
        assertThat(Numbers.parseWhole("2.5")).isNull();
        assertThat(Numbers.parseWhole("1,00")).isNull();
        assertThat(Numbers.parseWhole("99999999999999999999")).isNull();
    }

    @Test
    void formatsForPeople() {
        assertThat(Numbers.format(0.9)).isEqualTo("0.9");
        assertThat(Numbers.format(6.0 / 7)).isEqualTo("0.857143");
        assertThat(Numbers.format(1234.5678)).isEqualTo("1234.57");
        assertThat(Numbers.format(3.21e-29)).isEqualTo("3.21e-29");
        assertThat(Numbers.format(0)).isEqualTo("0");
        assertThat(Numbers.percent(0.9)).isEqualTo("90%");
        assertThat(Numbers.percent(6.0 / 7)).isEqualTo("85.7%");
        assertThat(Numbers.percent(0.0025)).isEqualTo("0.25%");
        assertThat(Numbers.points(0.012)).isEqualTo("+1.2 pp");
        assertThat(Numbers.points(-0.0035)).isEqualTo("−0.35 pp");
        assertThat(Numbers.count(1234567)).isEqualTo("1,234,567");
    }

    @Test
    void splitsListsAndLines() {
        assertThat(Numbers.items(" 1, 2;3\n 4 ")).containsExactly("1", "2", "3", "4");
        assertThat(Numbers.lines("a\r\nb\rc\n")).containsExactly("a", "b", "c");
        assertThat(Numbers.lines("a\n\n \n", true)).containsExactly("a");
    }

    @Test
    void numberListsLocateTheirItems() {
        NumberList one = NumberList.parse("1, 2, x", 10, "values");
        assertThat(one.problem()).isEqualTo("item 3: 'x' is not a number");
        NumberList multi = NumberList.parse("1\n2\n\nx", 10, "values");
        assertThat(multi.problem()).isEqualTo("line 4: 'x' is not a number");
        assertThat(NumberList.parse("1 2 3", 2, "values").problem()).isEqualTo("item 3: too many values, at most 2");
        assertThat(NumberList.parse(" ", 2, "latencies").problem()).startsWith("no latencies");
    }
}
