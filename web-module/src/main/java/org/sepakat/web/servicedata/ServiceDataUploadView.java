package org.sepakat.web.servicedata;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.sepakat.common.Messages;
import org.sepakat.export.Download;
import org.sepakat.servicedata.boundary.ServiceRecords;
import org.sepakat.servicedata.entity.Channel;
import org.sepakat.servicedata.entity.CsvPreview;
import org.sepakat.servicedata.entity.ReceivedCounts;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesDownload;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/**
 * Upload of a CSV file of one kind of service data: every row is checked and shown with its
 * problems before anything is stored; the import stores all rows or none.
 */
@Named
@ViewScoped
public class ServiceDataUploadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRecords records;

    @Inject
    Attempt attempt;

    @Inject
    UserSession userSession;

    private RecordKind kind = RecordKind.TICKETS;
    private String fileName;
    private CsvPreview preview;
    private boolean errorsOnly;

    public void load() {
        PageGuard.allow(userSession.isCanEditServiceData());
    }

    public void upload(FileUploadEvent event) {
        preview = null;
        errorsOnly = false;
        fileName = event.getFile().getFileName();
        byte[] content = event.getFile().getContent();
        attempt.run(() -> preview = records.preview(kind, content));
    }

    public void importRows() {
        if (preview == null || !preview.isImportable()) {
            return;
        }
        CsvPreview imported = preview;
        boolean stored = attempt.run(() -> {
            ReceivedCounts counts = records.receive(imported.batch(), Channel.CSV);
            attempt.done("serviceData.upload.imported", counts.created(), counts.updated(), fileName);
        });
        if (stored) {
            preview = null;
        }
    }

    /** A row's problems in the user's language, one per line: "opened: ...". */
    public List<String> problems(CsvPreview.PreviewRow row) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return row.problems().stream()
                .map((FieldProblem p) -> p.field() + ": " + Messages.text(locale, p))
                .toList();
    }

    /** With "errors only" ticked, the rows that have a problem; otherwise every row. */
    public List<CsvPreview.PreviewRow> getShownRows() {
        if (preview == null) {
            return List.of();
        }
        return errorsOnly
                ? preview.rows().stream().filter(row -> !row.isValid()).toList()
                : preview.rows();
    }

    /** Every problem of the file, one per line: line, column, problem (issue 12 §4). */
    public void downloadErrors() {
        if (preview == null) {
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(
                Messages.text(locale, "serviceData.upload.line"),
                Messages.text(locale, "serviceData.upload.column"),
                Messages.text(locale, "serviceData.upload.problem")));
        for (CsvPreview.PreviewRow row : preview.rows()) {
            for (FieldProblem problem : row.problems()) {
                lines.add(List.of(String.valueOf(row.line()), problem.field(), Messages.text(locale, problem)));
            }
        }
        FacesDownload.send(
                Download.CSV, Download.fileName(baseName(fileName) + "-problems.csv"), UploadCsv.write(lines));
    }

    /** An empty file of the chosen kind: its header row, the columns the upload reads. */
    public void downloadTemplate() {
        FacesDownload.send(
                Download.CSV,
                "sepakat-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".csv",
                UploadCsv.write(List.of(records.columns(kind))));
    }

    private static String baseName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public boolean isErrorsOnly() {
        return errorsOnly;
    }

    public void setErrorsOnly(boolean errorsOnly) {
        this.errorsOnly = errorsOnly;
    }

    public String value(CsvPreview.PreviewRow row, int column) {
        return row.values().get(column);
    }

    public RecordKind[] getKinds() {
        return RecordKind.values();
    }

    public RecordKind getKind() {
        return kind;
    }

    public void setKind(RecordKind kind) {
        if (kind != this.kind) {
            preview = null;
        }
        this.kind = kind == null ? RecordKind.TICKETS : kind;
    }

    public String getColumnsText() {
        return String.join(", ", records.columns(kind));
    }

    public CsvPreview getPreview() {
        return preview;
    }

    public String getFileName() {
        return fileName;
    }
}
