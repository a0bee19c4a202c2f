package io.praxis.app.charts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A 2 × 2 confusion matrix drawn with plain components: an HTML table (so it is its own
 * accessible data table), rows for the actual classes, columns for the predicted ones, each
 * cell with its count, a short note ("caught", "false alarms") and its share of all items.
 *
 * <p>Ids, for a grid created with prefix {@code P}: the table {@code P}, the counts
 * {@code P-tp}, {@code P-fp}, {@code P-fn}, {@code P-tn} (their text is the count alone, with
 * thousands separators, or "–" when cleared) and the cells {@code P-tp-cell} etc.
 */
public class ConfusionMatrixGrid extends Div {

    private final NativeTableHeaderCell predictedPositive = new NativeTableHeaderCell();
    private final NativeTableHeaderCell predictedNegative = new NativeTableHeaderCell();
    private final NativeTableHeaderCell actualPositive = new NativeTableHeaderCell();
    private final NativeTableHeaderCell actualNegative = new NativeTableHeaderCell();
    private final Cell tp;
    private final Cell fp;
    private final Cell fn;
    private final Cell tn;

    private record Cell(NativeTableCell cell, Span count, Span note, Span share) {
    }

    /** @param idPrefix prefix of the ids of the table and its counts, e.g. {@code "cm"} */
    public ConfusionMatrixGrid(String idPrefix) {
        addClassName("praxis-matrix-wrap");
        NativeTable table = new NativeTable();
        table.setId(idPrefix);
        table.addClassName("praxis-matrix");
        table.setCaptionText("Confusion matrix: actual class by row, prediction by column");
        tp = cell(idPrefix + "-tp", "good");
        fp = cell(idPrefix + "-fp", "bad");
        fn = cell(idPrefix + "-fn", "bad");
        tn = cell(idPrefix + "-tn", "good");
        NativeTableRow head = table.getHead().addRow();
        NativeTableHeaderCell corner = head.addHeaderCell();
        corner.addClassName("corner");
        head.add(predictedPositive, predictedNegative);
        predictedPositive.getElement().setAttribute("scope", "col");
        predictedNegative.getElement().setAttribute("scope", "col");
        actualPositive.getElement().setAttribute("scope", "row");
        actualNegative.getElement().setAttribute("scope", "row");
        NativeTableRow pos = table.getBody().addRow();
        pos.add(actualPositive, tp.cell, fn.cell);
        NativeTableRow neg = table.getBody().addRow();
        neg.add(actualNegative, fp.cell, tn.cell);
        add(table);
        setLabels("Actually positive", "Actually negative", "Predicted positive", "Predicted negative");
        setNotes("true positives", "false positives", "false negatives", "true negatives");
        clearCounts();
    }

    private static Cell cell(String id, String kind) {
        Span count = new Span();
        count.setId(id);
        count.addClassName("praxis-matrix-count");
        Span note = new Span();
        note.addClassName("praxis-matrix-note");
        Span share = new Span();
        share.addClassName("praxis-matrix-share");
        NativeTableCell cell = new NativeTableCell(count, note, share);
        cell.setId(id + "-cell");
        cell.addClassName(kind);
        return new Cell(cell, count, note, share);
    }

    /** Names the rows (actual classes) and columns (predictions). */
    public void setLabels(String actualPositiveLabel, String actualNegativeLabel, String predictedPositiveLabel,
            String predictedNegativeLabel) {
        actualPositive.setText(actualPositiveLabel);
        actualNegative.setText(actualNegativeLabel);
        predictedPositive.setText(predictedPositiveLabel);
        predictedNegative.setText(predictedNegativeLabel);
    }

    /** Sets the short note under each count, e.g. "caught", "false alarms", "missed", "passed". */
    public void setNotes(String tpNote, String fpNote, String fnNote, String tnNote) {
        tp.note.setText(tpNote);
        fp.note.setText(fpNote);
        fn.note.setText(fnNote);
        tn.note.setText(tnNote);
    }

    /** Shows the four counts (each ≥ 0) and their shares of the total. */
    public void setCounts(long tpCount, long fpCount, long fnCount, long tnCount) {
        double total = (double) tpCount + fpCount + fnCount + tnCount;
        show(tp, tpCount, total);
        show(fp, fpCount, total);
        show(fn, fnCount, total);
        show(tn, tnCount, total);
    }

    /** Shows "–" in every cell (no valid input). */
    public void clearCounts() {
        for (Cell c : new Cell[] {tp, fp, fn, tn}) {
            c.count.setText("–");
            c.share.setText("");
        }
    }

    private static void show(Cell c, long count, double total) {
        c.count.setText(NumberFormat.getIntegerInstance(Locale.US).format(count));
        if (total > 0) {
            double pct = 100.0 * count / total;
            c.share.setText(String.format(Locale.ROOT, pct >= 10 || pct == 0 ? "%.0f%% of all" : "%.1f%% of all", pct));
        } else {
            c.share.setText("");
        }
    }
}
