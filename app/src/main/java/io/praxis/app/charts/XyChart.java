package io.praxis.app.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A builder for charts on two numeric axes: curves (ROC, precision–recall, power curves),
 * histograms, interval bars, highlighted points with a label, and reference lines.
 *
 * <pre>{@code
 * JFreeChart roc = XyChart.create("ROC curve", "False positive rate", "True positive rate")
 *         .xRange(0, 1).yRange(0, 1)
 *         .dashedLine("Random guess", new double[] {0, 1}, new double[] {0, 1})
 *         .line("ROC", fpr, tpr)
 *         .point("threshold 0.50", 0.12, 0.85)
 *         .build();
 * }</pre>
 *
 * <p>Layers are drawn in this order, whatever the order of the calls: histograms, dashed
 * lines, lines, segments, points; reference lines on top. Lines are simplified to a quarter
 * of a pixel at the default size (see {@link Charts#simplify}) and drawn as one path each, so
 * a 100,000-point curve stays a small SVG. Each builder builds one chart; it is not thread-safe.
 * Arrays passed to {@link #line} and {@link #dashedLine} are read when {@link #build()} runs, not
 * copied (a 100,000-point curve would otherwise be copied twice): do not change them before.
 */
public final class XyChart {

    private record Series(String name, double[] x, double[] y) {
    }

    private record Point(String label, double x, double y) {
    }

    private record Histogram(String name, double[] lower, double[] upper, double[] counts) {
    }

    private record Marker(String label, double value, boolean onX) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> lines = new ArrayList<>();
    private final List<Series> dashed = new ArrayList<>();
    private final List<Series> segments = new ArrayList<>();
    private final List<Point> points = new ArrayList<>();
    private final List<Histogram> histograms = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private double[] xRange;
    private double[] yRange;
    private NumberFormat xFormat;
    private NumberFormat yFormat;
    private boolean yAxisVisible = true;
    private boolean legend = true;
    private double simplifyFraction = 1.0 / 2000;

    private XyChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /**
     * Starts a chart.
     *
     * @param title  drawn above the plot; {@code null} for none
     * @param xLabel label of the horizontal axis
     * @param yLabel label of the vertical axis
     */
    public static XyChart create(String title, String xLabel, String yLabel) {
        return new XyChart(title, xLabel, yLabel);
    }

    /** Fixes the horizontal axis to [lower, upper] instead of fitting the data. */
    public XyChart xRange(double lower, double upper) {
        xRange = range(lower, upper);
        return this;
    }

    /** Fixes the vertical axis to [lower, upper] instead of fitting the data. */
    public XyChart yRange(double lower, double upper) {
        yRange = range(lower, upper);
        return this;
    }

    /** Shows horizontal tick labels as percentages (0.25 → 25%). */
    public XyChart xPercent() {
        xFormat = percent();
        return this;
    }

    /** Shows vertical tick labels as percentages (0.25 → 25%). */
    public XyChart yPercent() {
        yFormat = percent();
        return this;
    }

    /** Hides the vertical axis (for one-row charts such as a confidence interval). */
    public XyChart hideYAxis() {
        yAxisVisible = false;
        return this;
    }

    /** Hides the legend. */
    public XyChart noLegend() {
        legend = false;
        return this;
    }

    /**
     * Sets how finely lines are simplified: a step smaller than {@code fraction} of an axis range
     * is dropped. 0 keeps every point. Default 1/2000.
     */
    public XyChart simplifyTo(double fraction) {
        if (!(fraction >= 0)) {
            throw new IllegalArgumentException("fraction must be ≥ 0, got " + fraction);
        }
        simplifyFraction = fraction;
        return this;
    }

    /** Adds a solid curve through the points in the given order. */
    public XyChart line(String name, double[] x, double[] y) {
        lines.add(series(name, x, y));
        return this;
    }

    /** Adds a dashed grey curve, for references such as the random-guess diagonal. */
    public XyChart dashedLine(String name, double[] x, double[] y) {
        dashed.add(series(name, x, y));
        return this;
    }

    /** Adds a thick straight segment, e.g. a confidence interval from its lower to its upper end. */
    public XyChart segment(String name, double x1, double y1, double x2, double y2) {
        segments.add(series(name, new double[] {x1, x2}, new double[] {y1, y2}));
        return this;
    }

    /** Adds a highlighted point with a label pointing at it (the label may be {@code null}). */
    public XyChart point(String label, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite coordinates, got (" + x + ", " + y + ")");
        }
        points.add(new Point(label, x, y));
        return this;
    }

    /**
     * Adds a histogram: bar {@code i} spans [lower[i], upper[i]] with height counts[i].
     */
    public XyChart histogram(String name, double[] lower, double[] upper, double[] counts) {
        if (lower.length != upper.length || lower.length != counts.length) {
            throw new IllegalArgumentException("lower, upper and counts must have the same length");
        }
        histograms.add(new Histogram(name, lower.clone(), upper.clone(), counts.clone()));
        return this;
    }

    /** Adds a labelled vertical reference line at {@code x}. */
    public XyChart xMarker(String label, double x) {
        markers.add(new Marker(label, x, true));
        return this;
    }

    /** Adds a labelled horizontal reference line at {@code y}. */
    public XyChart yMarker(String label, double y) {
        markers.add(new Marker(label, y, false));
        return this;
    }

    /** Builds the styled chart. */
    public JFreeChart build() {
        NumberAxis xAxis = axis(xLabel, xRange, xFormat);
        NumberAxis yAxis = axis(yLabel, yRange, yFormat);
        yAxis.setVisible(yAxisVisible);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(xAxis);
        plot.setRangeAxis(yAxis);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setRangeGridlinesVisible(yAxisVisible);
        int index = 0;
        int colour = 0;

        if (!histograms.isEmpty()) {
            DefaultIntervalXYDataset data = new DefaultIntervalXYDataset();
            XYBarRenderer r = new XYBarRenderer(0.0);
            r.setBarPainter(new StandardXYBarPainter());
            r.setShadowVisible(false);
            r.setDrawBarOutline(true);
            for (int s = 0; s < histograms.size(); s++) {
                Histogram h = histograms.get(s);
                int n = h.counts.length;
                double[] mid = new double[n];
                double[] zeros = new double[n];
                for (int i = 0; i < n; i++) {
                    mid[i] = (h.lower[i] + h.upper[i]) / 2;
                }
                data.addSeries(h.name, new double[][] {mid, h.lower, h.upper, h.counts, zeros, h.counts});
                Color c = (Color) Charts.color(colour++);
                r.setSeriesPaint(s, new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
                r.setSeriesOutlinePaint(s, Color.WHITE);
            }
            plot.setDataset(index, data);
            plot.setRenderer(index++, r);
        }
        if (!dashed.isEmpty()) {
            XYLineAndShapeRenderer r = lineRenderer();
            for (int s = 0; s < dashed.size(); s++) {
                r.setSeriesPaint(s, new Color(0x8A, 0x94, 0xA3));
                r.setSeriesStroke(s, Charts.DASHED);
            }
            plot.setDataset(index, dataset(dashed, xRange, yRange));
            plot.setRenderer(index++, r);
        }
        if (!lines.isEmpty()) {
            XYLineAndShapeRenderer r = lineRenderer();
            for (int s = 0; s < lines.size(); s++) {
                r.setSeriesPaint(s, Charts.color(colour++));
                r.setSeriesStroke(s, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
            plot.setDataset(index, dataset(lines, xRange, yRange));
            plot.setRenderer(index++, r);
        }
        if (!segments.isEmpty()) {
            XYLineAndShapeRenderer r = lineRenderer();
            for (int s = 0; s < segments.size(); s++) {
                r.setSeriesPaint(s, Charts.color(colour++));
                r.setSeriesStroke(s, new BasicStroke(8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            }
            DefaultXYDataset data = new DefaultXYDataset();
            for (Series s : segments) {
                data.addSeries(s.name, new double[][] {s.x, s.y});
            }
            plot.setDataset(index, data);
            plot.setRenderer(index++, r);
        }
        if (!points.isEmpty()) {
            DefaultXYDataset data = new DefaultXYDataset();
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            for (int s = 0; s < points.size(); s++) {
                Point p = points.get(s);
                String key = p.label == null ? "point " + (s + 1) : p.label;
                data.addSeries(key, new double[][] {{p.x}, {p.y}});
                r.setSeriesPaint(s, Charts.HIGHLIGHT);
                r.setSeriesShape(s, new Ellipse2D.Double(-6, -6, 12, 12));
                r.setSeriesOutlinePaint(s, Color.WHITE);
                r.setSeriesVisibleInLegend(s, false);
            }
            r.setUseOutlinePaint(true);
            r.setDrawOutlines(true);
            plot.setDataset(index, data);
            plot.setRenderer(index++, r);
            double[] xr = xRange != null ? xRange : extent(true);
            double[] yr = yRange != null ? yRange : extent(false);
            for (Point p : points) {
                if (p.label != null) {
                    plot.addAnnotation(pointer(p, xr, yr));
                }
            }
        }
        for (Marker m : markers) {
            ValueMarker vm = new ValueMarker(m.value, Charts.INK, Charts.DASHED);
            if (m.label != null) {
                vm.setLabel(m.label);
                vm.setLabelFont(new Font(Charts.FONT, Font.PLAIN, 11));
                vm.setLabelPaint(Charts.INK);
                vm.setLabelBackgroundColor(new Color(255, 255, 255, 200));
            }
            if (m.onX) {
                vm.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                vm.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                plot.addDomainMarker(vm, org.jfree.chart.ui.Layer.FOREGROUND);
            } else {
                vm.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                vm.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                plot.addRangeMarker(vm, org.jfree.chart.ui.Layer.FOREGROUND);
            }
        }
        JFreeChart chart = new JFreeChart(title, new Font(Charts.FONT, Font.BOLD, 15), plot, legend);
        return Charts.applyTheme(chart);
    }

    private static XYPointerAnnotation pointer(Point p, double[] xr, double[] yr) {
        // Put the label on the side of the point that has room: away from the nearest edges.
        double fx = fraction(p.x, xr);
        double fy = fraction(p.y, yr);
        boolean left = fx > 0.6;
        boolean up = fy < 0.35;
        double angle;
        if (left) {
            angle = up ? -3 * Math.PI / 4 : 3 * Math.PI / 4;
        } else {
            angle = up ? -Math.PI / 4 : Math.PI / 4;
        }
        XYPointerAnnotation a = new XYPointerAnnotation(p.label, p.x, p.y, angle);
        a.setTipRadius(8);
        a.setBaseRadius(26);
        a.setArrowLength(5);
        a.setArrowWidth(3);
        a.setArrowPaint(Charts.HIGHLIGHT);
        a.setFont(new Font(Charts.FONT, Font.BOLD, 12));
        a.setPaint(Charts.HIGHLIGHT);
        a.setBackgroundPaint(new Color(255, 255, 255, 215));
        a.setTextAnchor(left ? (up ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT)
                : (up ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT));
        return a;
    }

    /** The extent of all data along one axis, for placing labels when the axis fits the data. */
    private double[] extent(boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Series> all = new ArrayList<>(lines);
        all.addAll(dashed);
        all.addAll(segments);
        for (Series s : all) {
            for (double v : x ? s.x : s.y) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (Point p : points) {
            lo = Math.min(lo, x ? p.x : p.y);
            hi = Math.max(hi, x ? p.x : p.y);
        }
        for (Histogram h : histograms) {
            for (int i = 0; i < h.counts.length; i++) {
                lo = Math.min(lo, x ? h.lower[i] : 0);
                hi = Math.max(hi, x ? h.upper[i] : h.counts[i]);
            }
        }
        return hi > lo ? new double[] {lo, hi} : null;
    }

    private static double fraction(double v, double[] range) {
        if (range == null || range[1] == range[0]) {
            return 0.5;
        }
        return (v - range[0]) / (range[1] - range[0]);
    }

    private DefaultXYDataset dataset(List<Series> list, double[] xr, double[] yr) {
        DefaultXYDataset data = new DefaultXYDataset();
        for (Series s : list) {
            double[][] xy = {s.x, s.y};
            if (simplifyFraction > 0 && s.x.length > 2) {
                double tx = span(xr, s.x) * simplifyFraction;
                double ty = span(yr, s.y) * simplifyFraction;
                xy = Charts.simplify(s.x, s.y, tx, ty);
            }
            data.addSeries(s.name, xy);
        }
        return data;
    }

    private static double span(double[] range, double[] values) {
        if (range != null) {
            return range[1] - range[0];
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        return hi > lo ? hi - lo : 0.0;
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    private static NumberAxis axis(String label, double[] range, NumberFormat format) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        if (range != null) {
            axis.setRange(range[0], range[1]);
        }
        if (format != null) {
            axis.setNumberFormatOverride(format);
        }
        return axis;
    }

    private static Series series(String name, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y of " + name + " must have the same length");
        }
        return new Series(name, x, y);
    }

    private static double[] range(double lower, double upper) {
        if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("a range needs finite lower < upper, got [" + lower + ", " + upper + "]");
        }
        return new double[] {lower, upper};
    }

    private static NumberFormat percent() {
        NumberFormat f = NumberFormat.getPercentInstance(Locale.ROOT);
        f.setMaximumFractionDigits(1);
        return f;
    }
}
