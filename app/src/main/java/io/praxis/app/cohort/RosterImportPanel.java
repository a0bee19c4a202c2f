package io.praxis.app.cohort;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.praxis.app.shell.PublicLinks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * CSV import on the cohort page: upload, a per-row report of what the file would do, then an
 * explicit import. With no wrong rows the admin imports everything; with wrong rows the plain
 * import is disabled and the only way forward is to fix the file or to choose "import only the
 * valid rows", which names the wrong lines to leave out. After the import the report shows what
 * happened and offers the new accounts' welcome links as a CSV download.
 */
class RosterImportPanel extends Div {

    /** Wrong rows listed by line in the summary; the table below shows every row. */
    static final int WRONG_LISTED = 20;

    private final RosterImportService service;
    private final PublicLinks links;
    private final long actorId;
    private final long cohortId;
    private final Runnable afterImport;
    private final Upload upload;
    private final Div report = new Div();
    private String fileName;
    private byte[] content;

    RosterImportPanel(RosterImportService service, PublicLinks links, long actorId, long cohortId,
            Runnable afterImport) {
        this.service = service;
        this.links = links;
        this.actorId = actorId;
        this.cohortId = cohortId;
        this.afterImport = afterImport;
        Paragraph help = new Paragraph();
        help.addClassName("praxis-csv-help");
        help.add(new Span("One learner per line: "), new Code("email,name"), new Span(". A header line is optional; "
                + "put a name that contains a comma in double quotes. UTF-8, up to "
                + String.format("%,d", RosterImportService.MAX_ROWS) + " rows. The file is checked first and nothing "
                + "is imported until you confirm."));
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> received(metadata.fileName(), data)));
        upload.setId("csv-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RosterImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.addFileRejectedListener(e -> showProblem("The file was refused: " + e.getErrorMessage()
                + " Upload a CSV file of at most 1 MB."));
        report.setId("csv-report");
        add(help, upload, report);
    }

    /** Checks an uploaded file and shows what importing it would do. Runs with the UI locked. */
    void received(String name, byte[] data) {
        fileName = name;
        content = data;
        upload.clearFileList();
        show(service.check(actorId, cohortId, name, data));
    }

    private void showProblem(String message) {
        report.removeAll();
        Paragraph p = new Paragraph(message);
        p.setId("csv-file-problem");
        p.addClassName("praxis-problem");
        report.add(p);
    }

    private void show(RosterImportService.Report r) {
        if (r.fileProblem() != null) {
            showProblem(r.fileName() + ": " + r.fileProblem());
            return;
        }
        report.removeAll();
        boolean imported = r.imported();
        Paragraph summary = new Paragraph((imported ? "Imported " : "Checked ") + r.fileName() + ": "
                + r.rows().size() + (r.rows().size() == 1 ? " row. " : " rows. ")
                + counts(r, imported));
        summary.setId("csv-summary");
        summary.addClassName(imported ? "praxis-success" : "praxis-notice");
        report.add(summary);
        if (r.abortReason() != null) {
            Paragraph abort = new Paragraph(r.abortReason());
            abort.setId("csv-abort");
            abort.addClassName("praxis-problem");
            report.add(abort);
        }
        if (r.hasWrongRows()) {
            UnorderedList wrong = new UnorderedList();
            wrong.setId("csv-wrong");
            wrong.addClassName("praxis-report-wrong");
            r.rows().stream().filter(x -> x.outcome() == RosterImportService.Outcome.WRONG).limit(WRONG_LISTED)
                    .forEach(x -> wrong.add(new ListItem("Line " + x.line() + (x.email().isBlank() ? "" : " (" + x.email()
                            + ")") + ": " + x.detail())));
            if (r.count(RosterImportService.Outcome.WRONG) > WRONG_LISTED) {
                wrong.add(new ListItem("… and " + (r.count(RosterImportService.Outcome.WRONG) - WRONG_LISTED)
                        + " more in the table below."));
            }
            report.add(wrong);
        }
        if (!imported) {
            report.add(actions(r));
        } else if (r.count(RosterImportService.Outcome.NEW_ACCOUNT) > 0) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] csv = welcomeLinksCsv(r).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(csv), "welcome-links.csv", "text/csv", csv.length);
            }), "Download the new learners' welcome links (CSV)");
            download.setId("csv-links");
            Paragraph note = new Paragraph(download);
            note.add(new Span(" Each link lets one learner choose a password, once. They are shown only now."));
            report.add(note);
        }
        report.add(table(r));
    }

    private static String counts(RosterImportService.Report r, boolean imported) {
        StringBuilder s = new StringBuilder();
        for (var outcome : RosterImportService.Outcome.values()) {
            long n = r.count(outcome);
            if (n > 0) {
                s.append(n).append(' ').append(outcome.label(imported)).append(". ");
            }
        }
        return s.toString().strip();
    }

    private Div actions(RosterImportService.Report r) {
        Div actions = new Div();
        actions.addClassName("praxis-report-actions");
        long importable = r.importable();
        Button all = new Button("Import " + importable + (importable == 1 ? " learner" : " learners"),
                e -> run(Set.of()));
        all.setId("csv-import");
        all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        all.setEnabled(!r.hasWrongRows() && importable > 0);
        actions.add(all);
        if (r.hasWrongRows()) {
            long wrong = r.count(RosterImportService.Outcome.WRONG);
            Span why = new Span("Fix the wrong rows and upload the file again, or import only the valid rows.");
            why.addClassName("praxis-muted");
            actions.add(why);
            if (importable > 0) {
                Set<Integer> skip = r.wrongLines();
                Button valid = new Button("Import the " + importable + " valid " + (importable == 1 ? "row" : "rows")
                        + " and leave out " + wrong + " wrong " + (wrong == 1 ? "row" : "rows"), e -> run(skip));
                valid.setId("csv-import-valid");
                valid.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                actions.add(valid);
            }
        } else if (importable == 0) {
            Span nothing = new Span("Everyone in this file is already enrolled; there is nothing to import.");
            nothing.addClassName("praxis-muted");
            actions.add(nothing);
        }
        return actions;
    }

    private void run(Set<Integer> skipLines) {
        RosterImportService.Report result;
        try {
            result = service.importRoster(actorId, cohortId, fileName, content, skipLines);
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            // Someone changed the same accounts at the same moment; the transaction rolled back whole.
            showProblem("Nothing was imported: the accounts changed while importing (" + e.getClass().getSimpleName()
                    + "). Upload the file again to check it anew.");
            return;
        }
        show(result);
        if (result.imported()) {
            content = null;
            afterImport.run();
        }
    }

    private Grid<RosterImportService.RowReport> table(RosterImportService.Report r) {
        Grid<RosterImportService.RowReport> grid = new Grid<>();
        grid.setId("csv-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RosterImportService.RowReport::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RosterImportService.RowReport::email).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(RosterImportService.RowReport::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(x -> x.outcome().label(r.imported())).setHeader("Outcome").setAutoWidth(true)
                .setPartNameGenerator(x -> x.outcome() == RosterImportService.Outcome.WRONG ? "outcome-wrong" : "outcome-ok");
        grid.addColumn(x -> x.welcomeToken() != null ? links.absolute("reset/" + x.welcomeToken())
                : x.detail() == null ? "" : x.detail()).setHeader("Detail").setFlexGrow(1);
        grid.setItems(r.rows());
        grid.setAllRowsVisible(r.rows().size() <= 12);
        if (r.rows().size() > 12) {
            grid.setHeight("28rem");
        }
        return grid;
    }

    /** The created accounts with their links; cells are escaped against spreadsheet formulas. */
    private String welcomeLinksCsv(RosterImportService.Report r) {
        StringBuilder csv = new StringBuilder("email,name,welcome_link,expires\r\n");
        List<RosterImportService.RowReport> created = r.rows().stream()
                .filter(x -> x.welcomeToken() != null).toList();
        for (var x : created) {
            csv.append(CsvCells.cell(x.email())).append(',').append(CsvCells.cell(x.name())).append(',')
                    .append(CsvCells.cell(links.absolute("reset/" + x.welcomeToken()))).append(',')
                    .append(CsvCells.cell(x.linkExpiresAt().toString())).append("\r\n");
        }
        return csv.toString();
    }
}
