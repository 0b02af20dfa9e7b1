package org.sepakat.api.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.export.Download;
import org.sepakat.export.SupplierAgreementDocument;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.entity.SupplierAgreement;

/**
 * A supplier agreement as a PDF document (SUP-2..6, X-5), the same document the UI downloads. An
 * agreement the caller may not read is not found, like one that does not exist.
 */
@Path("supplier-agreements/{id}/document")
@RequestScoped
@Tag(name = "Supplier agreements")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class SupplierAgreementDocumentResource {

    @Inject
    SupplierAgreements agreements;

    @Inject
    SupplierAgreementDocument document;

    @GET
    @Produces(Download.PDF)
    @Operation(
            summary = "The agreement as a PDF document to send to the supplier",
            description = "lang: en (default) or id.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment named after the reference")
    @APIResponse(responseCode = "404", description = "No such agreement, or one the caller may not read")
    public Response document(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        SupplierAgreement agreement = agreements.find(id);
        byte[] pdf = document.pdf(agreement, Download.language(lang));
        return Response.ok(pdf, Download.PDF)
                .header(
                        "Content-Disposition",
                        Download.attachment(SupplierAgreementDocument.fileName(agreement) + ".pdf"))
                .build();
    }
}
