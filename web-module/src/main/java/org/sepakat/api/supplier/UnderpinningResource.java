package org.sepakat.api.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.boundary.Underpinnings;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.UnderpinningData;
import org.sepakat.supplier.entity.UnderpinningMap;

@Path("slas/{id}/underpinning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alignment", description = "SUP-7: which supplier targets underpin an SLA's targets, and the check")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class UnderpinningResource {

    @Inject
    Underpinnings underpinnings;

    /** The map as read and written: per SLA target its need and handling time, the underpinning lines. */
    @Schema(name = "Underpinning")
    public record UnderpinningDto(
            long slaId, String slaReference, long version, List<NeedDto> targets, List<EntryDto> entries) {

        static UnderpinningDto of(UnderpinningMap map, Map<Long, String> references) {
            return new UnderpinningDto(
                    map.getSlaId(),
                    map.getSlaReference(),
                    map.getVersion(),
                    map.getTargets().stream()
                            .map(t -> new NeedDto(t.getSlaTarget(), t.isNeedsUnderpinning(), t.getInternalMinutes()))
                            .toList(),
                    map.getUnderpinnings().stream()
                            .map(u -> new EntryDto(
                                    u.getSlaTarget(),
                                    u.getAgreementId(),
                                    references.get(u.getAgreementId()),
                                    u.getSupplierTarget()))
                            .toList());
        }
    }

    @Schema(name = "UnderpinningNeed")
    public record NeedDto(String slaTarget, boolean needsUnderpinning, int internalHandlingMinutes) {}

    @Schema(name = "UnderpinningEntry")
    public record EntryDto(String slaTarget, long agreementId, String agreementReference, String supplierTarget) {}

    @GET
    @Operation(
            summary = "The underpinning map of an SLA",
            description = "Per SLA target whether it needs underpinning and the provider's internal handling time"
                    + " (minutes), and which supplier-agreement targets underpin it. An SLA without a map has an"
                    + " empty one at version 0.")
    @APIResponse(
            responseCode = "200",
            description = "The map",
            content = @Content(schema = @Schema(implementation = UnderpinningDto.class)))
    public Response get(@PathParam("id") Long id) {
        return ok(underpinnings.of(id));
    }

    @PUT
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Replace the underpinning map of an SLA",
            description = "Body: targets [{slaTarget, needsUnderpinning, internalHandlingMinutes}], entries"
                    + " [{slaTarget, agreementId, supplierTarget}] and the version read (0 for an SLA without a map)."
                    + " Each SLA target must be one of the SLA's, each supplier target one of the agreement's, no line"
                    + " twice (400 naming the field, e.g. entries[2].supplierTarget); a map changed since it was read:"
                    + " 409. The alignment check of the SLA runs after the change.")
    @APIResponse(
            responseCode = "200",
            description = "The map as it is now",
            content = @Content(schema = @Schema(implementation = UnderpinningDto.class)))
    public Response replace(
            @PathParam("id") Long id,
            @RequestBody(required = true) UnderpinningData data,
            @BeanParam ExpectedVersion expected) {
        return ok(underpinnings.replace(
                id,
                data == null
                        ? null
                        : new UnderpinningData(data.targets(), data.entries(), expected.of(data.version()))));
    }

    private Response ok(UnderpinningMap map) {
        Map<Long, String> references = underpinnings.agreements().stream()
                .collect(Collectors.toMap(SupplierAgreement::getId, SupplierAgreement::getReference));
        return Response.ok(UnderpinningDto.of(map, references))
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(map.getVersion())))
                .build();
    }
}
