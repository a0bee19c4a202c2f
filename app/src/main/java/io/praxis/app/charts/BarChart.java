package io.praxis.app.charts;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A builder for bar charts over named categories, with one or more series side by side:
 * PSI per bin, rates per group, n-gram precisions.
 *
 * <pre>{@code
 * JFreeChart chart = BarChart.create("Rates per group", "Group", "Rate")
 *         .percentValues().valueRange(0, 1)
 *         .series("Selection rate", List.of("A", "B"), new double[] {0.42, 0.31})
 *         .series("True positive rate", List.of("A", "B"), new double[] {0.8, 0.7})
 *         .build();
 * }</pre>
 *
 * <p>Categories keep the order in which they first appear; category names must be distinct
 * within a series (a repeated name would merge two bars). Each builder builds one chart.
 */
public final class BarChart {

    private record Series(String name, List<String> categories, double[] values) {
    }

    private record Marker(String label, double value) {
    }

    private final String title;
    private final String categoryLabel;
    private final String valueLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private double[] valueRange;
    private NumberFormat format;
    private boolean horizontal;
    private boolean valueLabels;
    private boolean legend = true;

    private BarChart(String title, String categoryLabel, String valueLabel) {
        this.title = title;
        this.categoryLabel = categoryLabel;
        this.valueLabel = valueLabel;
    }

    /**
     * Starts a chart.
     *
     * @param title         drawn above the plot; {@code null} for none
     * @param categoryLabel label of the category axis
     * @param valueLabel    label of the value axis
     */
    public static BarChart create(String title, String categoryLabel, String valueLabel) {
        return new BarChart(title, categoryLabel, valueLabel);
    }

    /**
     * Adds a series: one bar per category. A {@code NaN} value means "no value" and draws no
     * bar (e.g. a rate that is undefined for that category).
     *
     * @throws IllegalArgumentException when the lists differ in length, a category repeats or a
     *                                  value is infinite
     */
    public BarChart series(String name, List<String> categories, double[] values) {
        if (categories.size() != values.length) {
            throw new IllegalArgumentException("series " + name + ": " + categories.size() + " categories but "
                    + values.length + " values");
        }
        Set<String> seen = new LinkedHashSet<>(categories);
        if (seen.size() != categories.size()) {
            throw new IllegalArgumentException("series " + name + ": category names must be distinct");
        }
        for (double v : values) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("series " + name + ": values must be finite or NaN, got " + v);
            }
        }
        series.add(new Series(name, List.copyOf(categories), values.clone()));
        return this;
    }

    /** Fixes the value axis to [lower, upper]. */
    public BarChart valueRange(double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("a range needs lower < upper");
        }
        valueRange = new double[] {lower, upper};
        return this;
    }

    /** Shows values as percentages (0.25 → 25%) on the axis and in value labels. */
    public BarChart percentValues() {
        NumberFormat f = NumberFormat.getPercentInstance(Locale.ROOT);
        f.setMaximumFractionDigits(1);
        format = f;
        return this;
    }

    /** Formats values with a {@link DecimalFormat} pattern such as {@code "0.000"}. */
    public BarChart valueFormat(String pattern) {
        format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        return this;
    }

    /** Draws bars horizontally (categories down the side), for long category names. */
    public BarChart horizontal() {
        horizontal = true;
        return this;
    }

    /** Writes each bar's value at its end. */
    public BarChart valueLabels() {
        valueLabels = true;
        return this;
    }

    /** Hides the legend (useful with a single series). */
    public BarChart noLegend() {
        legend = false;
        return this;
    }

    /** Adds a labelled reference line across the bars at {@code value}, e.g. a threshold. */
    public BarChart valueMarker(String label, double value) {
        markers.add(new Marker(label, value));
        return this;
    }

    /** Builds the styled chart. */
    public JFreeChart build() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < s.values.length; i++) {
                double v = s.values[i];
                data.addValue(Double.isNaN(v) ? null : Double.valueOf(v), s.name, s.categories.get(i));
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis(categoryLabel);
        categoryAxis.setCategoryMargin(0.2);
        int categories = data.getColumnCount();
        if (!horizontal && categories > 8) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        categoryAxis.setMaximumCategoryLabelLines(2);
        NumberAxis valueAxis = new NumberAxis(valueLabel);
        if (valueRange != null) {
            valueAxis.setRange(valueRange[0], valueRange[1]);
        } else {
            valueAxis.setUpperMargin(valueLabels ? 0.15 : 0.05);
        }
        if (format != null) {
            valueAxis.setNumberFormatOverride(format);
        }
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.04);
        r.setMaximumBarWidth(0.14);
        for (int s = 0; s < series.size(); s++) {
            r.setSeriesPaint(s, Charts.color(s));
        }
        if (valueLabels) {
            NumberFormat f = format != null ? format : new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", f));
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(new Font(Charts.FONT, Font.PLAIN, 10));
            r.setDefaultItemLabelPaint(Charts.INK);
            r.setDefaultPositiveItemLabelPosition(horizontal
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        }
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, r);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        for (Marker m : markers) {
            ValueMarker vm = new ValueMarker(m.value, Charts.HIGHLIGHT, Charts.DASHED);
            if (m.label != null) {
                vm.setLabel(m.label);
                vm.setLabelFont(new Font(Charts.FONT, Font.PLAIN, 11));
                vm.setLabelPaint(Charts.HIGHLIGHT);
                vm.setLabelBackgroundColor(new Color(255, 255, 255, 200));
                vm.setLabelAnchor(horizontal ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.TOP_RIGHT);
                vm.setLabelTextAnchor(horizontal ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
            }
            plot.addRangeMarker(vm, org.jfree.chart.ui.Layer.FOREGROUND);
        }
        JFreeChart chart = new JFreeChart(title, new Font(Charts.FONT, Font.BOLD, 15), plot,
                legend && series.size() > 1);
        return Charts.applyTheme(chart);
    }
}
