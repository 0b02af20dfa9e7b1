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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.shared.Problems;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.boundary.Alignments;
import org.sepakat.supplier.entity.SlaAlignment;

@Path("slas/{id}/alignment")
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
public class AlignmentResource {

    @Inject
    Alignments alignments;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "The alignment table of an SLA",
            description = "Per SLA target: what underpins it and one line per rule: verdict ALIGNED, MISALIGNED or"
                    + " NOT_UNDERPINNED, the supplier agreement and targets concerned, the numbers compared, the"
                    + " reason in the caller's language (Accept-Language en or id), and the open risk of a finding.")
    @APIResponse(
            responseCode = "200",
            description = "The table, assessed today",
            content = @Content(schema = @Schema(implementation = SlaAlignment.class)))
    public SlaAlignment get(@PathParam("id") Long id) {
        return alignments.ofSla(id, Problems.locale(headers));
    }
}
