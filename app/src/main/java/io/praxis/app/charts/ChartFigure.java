package io.praxis.app.charts;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * A chart as people and assistive technology both can read it: the SVG drawing (role
 * {@code img}, its accessible name the description), a visible one-line description, and a
 * collapsible "Show the numbers" section with the {@link DataTable} behind the chart.
 *
 * <p>Ids, for a figure created with id {@code X}: the whole figure {@code X-figure}, the
 * drawing {@code X}, the description {@code X-caption}, the numbers section {@code X-numbers}
 * and its table {@code X-table}. {@link #data} sets {@code data-*} attributes on the figure
 * for values that tests and scripts may read (e.g. the coordinates of a marked point).
 *
 * <p>{@link #show} may be called again with a new chart; the figure updates in place.
 */
public class ChartFigure extends Div {

    private static final Pattern DATA_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final String chartId;
    private final int width;
    private final int height;
    private final Svg svg = new Svg();
    private final Paragraph caption = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final NativeDetails numbers = new NativeDetails("Show the numbers");
    private String markup = "";

    /**
     * @param id     the id of the drawing; the other parts derive their ids from it
     * @param width  drawing width in SVG units (the drawing scales to the page width)
     * @param height drawing height in SVG units
     */
    public ChartFigure(String id, int width, int height) {
        this.chartId = Objects.requireNonNull(id, "id");
        this.width = width;
        this.height = height;
        setId(id + "-figure");
        addClassName("praxis-chart");
        svg.setId(id);
        svg.addClassName("praxis-chart-drawing");
        svg.getElement().setAttribute("role", "img");
        caption.setId(id + "-caption");
        caption.addClassName("praxis-chart-caption");
        message.setId(id + "-message");
        message.addClassName("praxis-empty");
        message.setVisible(false);
        numbers.setId(id + "-numbers");
        numbers.addClassName("praxis-chart-numbers");
        add(svg, caption, message, numbers);
    }

    /** A figure of the default size ({@link Charts#DEFAULT_WIDTH} × {@link Charts#DEFAULT_HEIGHT}). */
    public ChartFigure(String id) {
        this(id, Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
    }

    /**
     * Shows a chart.
     *
     * @param chart       the chart to draw
     * @param description one sentence saying what the chart shows (also its accessible name)
     * @param table       the numbers behind the chart
     * @return this figure
     */
    public ChartFigure show(JFreeChart chart, String description, DataTable table) {
        markup = Charts.toSvg(chart, width, height);
        svg.setSvg(markup);
        svg.getElement().setAttribute("aria-label", description);
        svg.setVisible(true);
        caption.setText(description);
        caption.setVisible(true);
        message.setVisible(false);
        NativeTable t = table.toComponent();
        t.setId(chartId + "-table");
        numbers.setContent(t);
        numbers.setVisible(true);
        return this;
    }

    /** Replaces the chart with a message, e.g. why there is nothing to draw. */
    public ChartFigure showMessage(String text) {
        markup = "";
        svg.setSvg("");
        svg.setVisible(false);
        caption.setVisible(false);
        numbers.setVisible(false);
        message.setText(text);
        message.setVisible(true);
        return this;
    }

    /**
     * Sets a {@code data-name} attribute on the figure.
     *
     * @param name lower-case letters, digits and dashes, starting with a letter
     */
    public ChartFigure data(String name, String value) {
        if (!DATA_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a data attribute name: " + name);
        }
        getElement().setAttribute("data-" + name, value);
        return this;
    }

    /** The SVG markup currently shown; empty when a message is shown instead. */
    public String svgMarkup() {
        return markup;
    }

    /** The description of the chart currently shown. */
    public String description() {
        return caption.getText();
    }

    /** The drawing component. */
    public Svg drawing() {
        return svg;
    }
}
