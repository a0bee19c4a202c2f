package io.praxis.app.charts;

import com.vaadin.flow.component.Svg;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Server-side charts: a {@link JFreeChart} rendered to an SVG string with JFreeSVG and shown in
 * Vaadin's {@link Svg} component, so no front-end bundle or chart add-on is needed.
 *
 * <p>Contracts:
 * <ul>
 * <li>{@link #toSvg} returns one {@code <svg>} element with a {@code viewBox} of
 *     {@code width × height} and no fixed size, so it scales to its container's width; geometry
 *     is written with two decimals (a hundredth of a pixel), which keeps the markup small.</li>
 * <li>Every SVG gets its own prefix for clip-path and gradient ids, so several charts can share
 *     a page.</li>
 * <li>Rendering needs only headless AWT ({@code java.awt.headless=true}; Spring Boot sets it).</li>
 * <li>A chart alone is not accessible: show it with {@link ChartFigure}, which pairs it with a
 *     text description and a {@link DataTable} of its numbers.</li>
 * </ul>
 * The builders {@link XyChart} and {@link BarChart} produce charts already styled with
 * {@link #applyTheme}.
 */
public final class Charts {

    /** A colour-blind-safe palette (Okabe–Ito), in the order series receive it. */
    public static final List<Color> PALETTE = List.of(
            new Color(0x00, 0x72, 0xB2), // blue
            new Color(0xE6, 0x9F, 0x00), // orange
            new Color(0x00, 0x9E, 0x73), // green
            new Color(0xD5, 0x5E, 0x00), // vermillion
            new Color(0xCC, 0x79, 0xA7), // purple
            new Color(0x56, 0xB4, 0xE9), // sky blue
            new Color(0xF0, 0xE4, 0x42)); // yellow

    /** Colour of text, axes and reference lines. */
    public static final Color INK = new Color(0x33, 0x3D, 0x4A);
    /** Colour of grid lines. */
    public static final Color GRID = new Color(0xE3, 0xE7, 0xEC);
    /** Colour of highlighted points and the markers that call attention. */
    public static final Color HIGHLIGHT = new Color(0xC6, 0x28, 0x28);
    /** Default size of a chart, in SVG user units (pixels when shown at its natural size). */
    public static final int DEFAULT_WIDTH = 560;
    public static final int DEFAULT_HEIGHT = 360;

    static final String FONT = "SansSerif";
    static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);

    private static final AtomicLong DEFS = new AtomicLong();

    private Charts() {
    }

    /**
     * Renders a chart to an SVG element.
     *
     * @param chart  the chart; not modified
     * @param width  width of the drawing, ≥ 1
     * @param height height of the drawing, ≥ 1
     * @return {@code <svg …>…</svg>} with a viewBox and without width and height attributes
     */
    public static String toSvg(JFreeChart chart, int width, int height) {
        Objects.requireNonNull(chart, "chart");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("width and height must be ≥ 1, got " + width + " × " + height);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("c" + DEFS.incrementAndGet() + "_");
        g2.setGeomDoubleConverter(Charts::twoDecimals);
        g2.setRenderingHint(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, Boolean.TRUE);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }

    /**
     * Renders a chart into a new Vaadin {@link Svg} component (a {@code div} holding the SVG).
     * Give it an accessible name with {@code getElement().setAttribute("aria-label", …)}, or
     * use {@link ChartFigure}, which does that and adds the data table.
     */
    public static Svg svg(JFreeChart chart, int width, int height) {
        return new Svg(toSvg(chart, width, height));
    }

    /**
     * Gives a chart the Praxis look: white background, quiet grid, dark text in the sans-serif
     * font, palette colours for series, legend without a border below the plot. The builders
     * call it; call it yourself for charts you build with JFreeChart directly.
     */
    public static JFreeChart applyTheme(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(new Font(FONT, Font.BOLD, 15));
            title.setPaint(INK);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
            legend.setItemPaint(INK);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("No data to show");
        plot.setNoDataMessageFont(new Font(FONT, Font.PLAIN, 14));
        plot.setNoDataMessagePaint(INK);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            styleAxis(xy.getDomainAxis());
            styleAxis(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(new BasicStroke(1f));
            styleAxis(cat.getDomainAxis());
            styleAxis(cat.getRangeAxis());
        }
        return chart;
    }

    private static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(INK);
        axis.setTickMarkPaint(INK);
    }

    /** The palette colour of series {@code index} (cycling). */
    public static Paint color(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /**
     * Drops the points of a polyline that lie within {@code toleranceX} and {@code toleranceY}
     * of the last kept point, keeping the first and the last point. At a tolerance of a
     * fraction of a pixel the drawing is unchanged while a 100,000-point ROC curve shrinks to
     * a few thousand points. The result keeps the input's order.
     *
     * @param x          x coordinates
     * @param y          y coordinates, as many as {@code x}
     * @param toleranceX largest ignored step along x, ≥ 0
     * @param toleranceY largest ignored step along y, ≥ 0
     * @return {@code {x', y'}}, two arrays of equal length ≤ the input's
     */
    public static double[][] simplify(double[] x, double[] y, double toleranceX, double toleranceY) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and " + y.length);
        }
        int n = x.length;
        if (n <= 2) {
            return new double[][] {x.clone(), y.clone()};
        }
        // Two passes: count, then copy, so no array as large as the input is allocated.
        int m = simplify(x, y, toleranceX, toleranceY, null, null);
        double[] ox = new double[m];
        double[] oy = new double[m];
        simplify(x, y, toleranceX, toleranceY, ox, oy);
        return new double[][] {ox, oy};
    }

    /** One pass of {@link #simplify}: counts the kept points and, when given arrays, stores them. */
    private static int simplify(double[] x, double[] y, double toleranceX, double toleranceY, double[] ox, double[] oy) {
        int n = x.length;
        int m = keep(x[0], y[0], ox, oy, 0);
        double lx = x[0];
        double ly = y[0];
        for (int i = 1; i < n - 1; i++) {
            if (Math.abs(x[i] - lx) > toleranceX || Math.abs(y[i] - ly) > toleranceY) {
                // keep the last point before the jump too, so corners stay sharp
                if (i > 1 && (x[i - 1] != lx || y[i - 1] != ly)) {
                    m = keep(x[i - 1], y[i - 1], ox, oy, m);
                }
                m = keep(x[i], y[i], ox, oy, m);
                lx = x[i];
                ly = y[i];
            }
        }
        return keep(x[n - 1], y[n - 1], ox, oy, m);
    }

    private static int keep(double x, double y, double[] ox, double[] oy, int m) {
        if (ox != null) {
            ox[m] = x;
            oy[m] = y;
        }
        return m + 1;
    }

    /** Formats a coordinate with at most two decimals, quickly ("12.5", "-3", "0.07"). */
    static String twoDecimals(double d) {
        if (!Double.isFinite(d) || Math.abs(d) > 1e12) {
            return Double.toString(d);
        }
        long r = Math.round(d * 100);
        StringBuilder sb = new StringBuilder(12);
        if (r < 0) {
            sb.append('-');
            r = -r;
        }
        sb.append(r / 100);
        int frac = (int) (r % 100);
        if (frac != 0) {
            sb.append('.');
            sb.append((char) ('0' + frac / 10));
            if (frac % 10 != 0) {
                sb.append((char) ('0' + frac % 10));
            }
        }
        return sb.toString();
    }
}
