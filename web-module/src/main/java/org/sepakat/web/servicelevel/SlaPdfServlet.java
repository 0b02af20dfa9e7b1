package org.sepakat.web.servicelevel;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.web.shared.UserSession;

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
        String lang = request.getParameter("lang");
        Locale locale = UserSession.LANGUAGES.stream().filter(l -> l.getLanguage().equals(lang)).findFirst()
                .orElse(Locale.ENGLISH);
        byte[] pdf = document.pdf(sla, agreements.versions(id), locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + safeName(sla.getReference()) + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** References allow letters, digits and . _ / -; a slash is not welcome in a file name. */
    private static String safeName(String reference) {
        return reference.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
