package org.sepakat.web.servicelevel;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sepakat.export.Download;
import org.sepakat.export.SlaDocument;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.shared.entity.RecordNotFound;

/**
 * Serves an SLA as a PDF download: {@code /documents/sla.pdf?id=&lang=}. Who may read which
 * SLA is the boundary's decision (a relationship manager sees only their customers' SLAs, X-4).
 */
@WebServlet("/documents/sla.pdf")
public class SlaPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceLevelAgreements agreements;

    @Inject
    transient SlaDocument document;

    /** The address of an SLA's PDF in the language of the page that links to it. */
    static String url(Long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + "/documents/sla.pdf?id=" + id + "&lang="
                + faces.getViewRoot().getLocale().getLanguage();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id;
        try {
            id = Long.valueOf(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ServiceLevelAgreement sla;
        try {
            sla = agreements.find(id);
        } catch (RecordNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = document.pdf(sla, agreements.versions(id), Download.language(request.getParameter("lang")));
        Download.send(response, Download.PDF, SlaDocument.fileName(sla) + ".pdf", pdf);
    }
}
