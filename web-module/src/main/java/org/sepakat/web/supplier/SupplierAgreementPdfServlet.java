package org.sepakat.web.supplier;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sepakat.export.Download;
import org.sepakat.export.SupplierAgreementDocument;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.entity.SupplierAgreement;

/**
 * Serves a supplier agreement as a PDF download: {@code /documents/supplier-agreement.pdf?id=&lang=}.
 * Who may read which agreement is the boundary's decision (its role check, and a relationship
 * manager only the suppliers behind their customers, X-4); one the caller may not read is a 404.
 */
@WebServlet("/documents/supplier-agreement.pdf")
public class SupplierAgreementPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplierAgreements agreements;

    @Inject
    transient SupplierAgreementDocument document;

    /** The address of an agreement's PDF in {@code language}, or in the language of the page that links to it. */
    static String url(Long id, String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + "/documents/supplier-agreement.pdf?id=" + id
                + "&lang=" + (language == null ? faces.getViewRoot().getLocale().getLanguage() : language);
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
        SupplierAgreement agreement;
        try {
            agreement = agreements.find(id);
        } catch (RecordNotFound | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = document.pdf(agreement, Download.language(request.getParameter("lang")));
        Download.send(response, Download.PDF, SupplierAgreementDocument.fileName(agreement) + ".pdf", pdf);
    }
}
