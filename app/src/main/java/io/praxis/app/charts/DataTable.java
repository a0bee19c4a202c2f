package io.praxis.app.charts;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The numbers behind a chart, as a table with a caption and column headers: the accessible
 * alternative every chart offers. Build it row by row, then show it with {@link ChartFigure}
 * or turn it into a component with {@link #toComponent()}.
 *
 * <pre>{@code
 * DataTable t = new DataTable("ROC curve at selected thresholds", "Threshold", "FPR", "TPR")
 *         .row("0.50", "0.120", "0.850");
 * }</pre>
 *
 * <p>Cells are plain text; callers format numbers. Every row must have as many cells as there
 * are headers.
 */
public final class DataTable {

    private final String caption;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param caption what the table shows, read first by screen readers
     * @param headers the column headers, at least one
     */
    public DataTable(String caption, String... headers) {
        this.caption = Objects.requireNonNull(caption, "caption");
        if (headers.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.headers = List.of(headers);
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException when the row has a different number of cells than headers
     */
    public DataTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row needs " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    public String caption() {
        return caption;
    }

    public List<String> headers() {
        return headers;
    }

    /** The rows, unmodifiable. */
    public List<List<String>> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** A new {@code <table>} with caption, a header row and one row per data row. */
    public NativeTable toComponent() {
        NativeTable table = new NativeTable();
        table.addClassName("praxis-data-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));
        var body = table.getBody();
        for (List<String> r : rows) {
            NativeTableRow row = body.addRow();
            for (int i = 0; i < r.size(); i++) {
                if (i == 0) {
                    var th = row.addHeaderCell();
                    th.setText(r.get(i));
                    th.getElement().setAttribute("scope", "row");
                } else {
                    row.addDataCell().setText(r.get(i));
                }
            }
        }
        return table;
    }
}
