package org.sepakat.web.measurement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.sepakat.export.Download;
import org.sepakat.export.ReportCsv;
import org.sepakat.export.ReportDocument;
import org.sepakat.export.ReportWorkbook;
import org.sepakat.measurement.boundary.PeriodReports;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.shared.entity.RecordNotFound;

/**
 * The report page's downloads: {@code /documents/report.pdf|csv|xlsx?id=&lang=}. Who may read
 * which report is the boundary's decision (a relationship manager only their customers', X-4).
 */
@WebServlet({"/documents/report.pdf", "/documents/report.csv", "/documents/report.xlsx"})
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PeriodReports reports;

    @Inject
    transient ReportDocument document;

    @Inject
    transient ReportCsv csv;

    @Inject
    transient ReportWorkbook workbook;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PeriodReport report;
        try {
            report = reports.find(Long.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (RecordNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = Download.language(request.getParameter("lang"));
        String path = request.getServletPath();
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String fileName = ReportDocument.fileName(report) + "." + extension;
        switch (extension) {
            case "pdf" -> Download.send(response, Download.PDF, fileName, document.pdf(report, locale));
            case "csv" -> Download.send(response, Download.CSV, fileName, csv.csv(report, locale));
            default -> Download.send(response, Download.XLSX, fileName, workbook.xlsx(report, locale));
        }
    }
}
