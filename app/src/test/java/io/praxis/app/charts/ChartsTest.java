package io.praxis.app.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void rendersAScalableSvgWithoutFixedSize() {
        JFreeChart chart = XyChart.create("Title", "x", "y").line("a", new double[] {0, 1}, new double[] {0, 1})
                .point("here", 0.5, 0.5).build();
        String svg = Charts.toSvg(chart, 400, 300);
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("viewBox='0 0 400 300'").contains("here").contains("Title");
        assertThat(svg.substring(0, svg.indexOf('>'))).doesNotContain("width").doesNotContain("height");
    }

    @Test
    void twoChartsOnOnePageDoNotShareIds() {
        JFreeChart chart = BarChart.create(null, "c", "v").series("s", List.of("a", "b"), new double[] {1, 2}).build();
        String a = Charts.toSvg(chart, 300, 200);
        String b = Charts.toSvg(chart, 300, 200);
        java.util.regex.Matcher ma = java.util.regex.Pattern.compile("id='([^']+)'").matcher(a);
        assertThat(ma.find()).isTrue();
        assertThat(b).doesNotContain("id='" + ma.group(1) + "'");
    }

    @Test
    void aHundredThousandPointCurveStaysSmall() {
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom rnd = new SplittableRandom(1);
        double fx = 0;
        double fy = 0;
        for (int i = 0; i < n; i++) {
            if (rnd.nextBoolean()) {
                fx += 2.0 / n;
            } else {
                fy += 2.0 / n;
            }
            x[i] = Math.min(fx, 1);
            y[i] = Math.min(fy, 1);
        }
        String svg = Charts.toSvg(XyChart.create(null, "FPR", "TPR").xRange(0, 1).yRange(0, 1)
                .line("ROC", x, y).build(), 480, 420);
        assertThat(svg.length()).isLessThan(200_000);
    }

    @Test
    void simplifyKeepsEndsAndDropsSubPixelSteps() {
        double[] x = {0, 0.0001, 0.0002, 0.5, 0.5001, 1};
        double[] y = {0, 0.0001, 0.0002, 0.5, 0.5001, 1};
        double[][] s = Charts.simplify(x, y, 0.001, 0.001);
        assertThat(s[0]).startsWith(0.0).endsWith(1.0);
        assertThat(s[0].length).isLessThan(x.length);
        assertThat(s[0]).contains(0.5);
        assertThatThrownBy(() -> Charts.simplify(new double[2], new double[3], 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoDecimalsIsExactEnoughAndShort() {
        assertThat(Charts.twoDecimals(12.345)).isEqualTo("12.35");
        assertThat(Charts.twoDecimals(-3)).isEqualTo("-3");
        assertThat(Charts.twoDecimals(0.07)).isEqualTo("0.07");
        assertThat(Charts.twoDecimals(0.5)).isEqualTo("0.5");
        assertThat(Charts.twoDecimals(-0.001)).isEqualTo("0");
    }

    @Test
    void barChartsAcceptMissingValuesButNotDuplicates() {
        JFreeChart chart = BarChart.create(null, "g", "rate").percentValues().valueLabels()
                .series("s", List.of("A", "B"), new double[] {0.5, Double.NaN}).build();
        assertThat(Charts.toSvg(chart, 300, 200)).contains("50%");
        assertThatThrownBy(() -> BarChart.create(null, "g", "v").series("s", List.of("A", "A"), new double[] {1, 2}))
                .hasMessageContaining("distinct");
    }

    @Test
    void dataTablesCheckTheirShape() {
        DataTable t = new DataTable("caption", "a", "b").row("1", "2");
        assertThat(t.rows()).hasSize(1);
        assertThatThrownBy(() -> t.row("only one")).isInstanceOf(IllegalArgumentException.class);
        assertThat(t.toComponent().getCaptionText()).isEqualTo("caption");
    }

    @Test
    void figuresPairTheDrawingWithItsNumbers() {
        ChartFigure f = new ChartFigure("demo", 300, 200);
        f.show(BarChart.create(null, "c", "v").series("s", List.of("x"), new double[] {1}).build(), "One bar.",
                new DataTable("Numbers", "c", "v").row("x", "1"));
        assertThat(f.getId()).contains("demo-figure");
        assertThat(f.drawing().getId()).contains("demo");
        assertThat(f.drawing().getElement().getAttribute("aria-label")).isEqualTo("One bar.");
        assertThat(f.svgMarkup()).startsWith("<svg");
        f.showMessage("Nothing to draw");
        assertThat(f.drawing().isVisible()).isFalse();
        assertThat(f.svgMarkup()).isEmpty();
    }

    @Test
    void confusionGridShowsCountsAndShares() {
        ConfusionMatrixGrid g = new ConfusionMatrixGrid("cm");
        g.setCounts(1234, 0, 5, 10);
        String text = g.getElement().getTextRecursively();
        assertThat(text).contains("1,234").contains("99% of all");
        g.clearCounts();
        assertThat(g.getElement().getTextRecursively()).contains("–");
    }
}
