package org.sepakat.api.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.shared.Problems;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.boundary.Alignments;
import org.sepakat.supplier.entity.SlaAlignment;

@Path("supplier-agreements/{id}/alignment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alignment", description = "SUP-7: which supplier targets underpin an SLA's targets, and the check")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class AgreementAlignmentResource {

    @Inject
    Alignments alignments;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "The SLAs a supplier agreement underpins, with their alignment",
            description = "For each SLA (of the customers the caller may see) the targets this agreement underpins"
                    + " and their lines that concern it or all underpinnings together, reasons in the caller's"
                    + " language.")
    @APIResponse(
            responseCode = "200",
            description = "One table per SLA",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SlaAlignment.class)))
    public List<SlaAlignment> get(@PathParam("id") Long id) {
        return alignments.ofAgreement(id, Problems.locale(headers));
    }
}
