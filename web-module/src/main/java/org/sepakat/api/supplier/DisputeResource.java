package org.sepakat.api.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.VersionData;
import org.sepakat.api.shared.Versions;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.boundary.SupplierDisputes;
import org.sepakat.supplier.entity.DisputeResolution;
import org.sepakat.supplier.entity.DisputeStatus;
import org.sepakat.supplier.entity.SupplierDispute;

@Path("disputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supplier disputes", description = "SUP-12: contractual disputes with suppliers, managed to closure")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class DisputeResource {

    private static final String STEP = "Body or ?version= or If-Match: the version read; a stale one gives 409.";

    @Inject
    SupplierDisputes disputes;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List supplier disputes",
            description = "Only the disputes of the suppliers the caller may read. Sort: number, subject, status,"
                    + " owner, amount, supplier, createdAt, changedAt; default changedAt, newest first.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(
                        name = "supplier",
                        description = "The supplier's id",
                        example = "12",
                        type = "integer"),
                @ListQuery.Filter(
                        name = "status",
                        description = "The status, exactly",
                        example = "OPEN",
                        values = DisputeStatus.class),
                @ListQuery.Filter(name = "owner", description = "The owner's user name, exactly", example = "supman"),
                @ListQuery.Filter(
                        name = "text",
                        description = "The number or the subject contains this",
                        example = "credits"),
                @ListQuery.Filter(
                        name = "open",
                        description = "true: not yet resolved; false: resolved or closed",
                        example = "true",
                        type = "boolean")
            },
            sort = {"number", "subject", "status", "owner", "amount", "supplier", "createdAt", "changedAt"},
            defaultSort = "-changedAt")
    public Paging.PageDto<DisputeDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(disputes.list(request), request, DisputeDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One supplier dispute")
    @APIResponse(
            responseCode = "200",
            description = "The dispute as it is now",
            content = @Content(schema = @Schema(implementation = DisputeDto.class)))
    public Response get(@PathParam("id") Long id) {
        return ok(disputes.find(id));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Record a dispute (OPEN)",
            description = "The agreement, when named, must be the supplier's; the owner defaults to the supplier's"
                    + " contract manager. Bad input gives 400 naming each field.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = DisputeDto.class)))
    public Response create(@RequestBody(required = true) DisputeDto body) {
        SupplierDispute dispute = disputes.create(body == null ? null : body.data(null));
        return Versions.created(
                dispute,
                DisputeDto.of(dispute),
                uri.getAbsolutePathBuilder()
                        .path(String.valueOf(dispute.getId()))
                        .build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Correct a dispute that is not yet resolved",
            description = "The supplier stays the one it was raised against. " + STEP)
    @APIResponse(
            responseCode = "200",
            description = "The dispute as it is now",
            content = @Content(schema = @Schema(implementation = DisputeDto.class)))
    public Response update(
            @PathParam("id") Long id,
            @RequestBody(required = true) DisputeDto body,
            @BeanParam ExpectedVersion expected) {
        if (body == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        return ok(disputes.update(id, body.data(expected.of(body.version()))));
    }

    @POST
    @Path("{id}/negotiate")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Start negotiating an open dispute (UNDER_NEGOTIATION)", description = STEP)
    @APIResponse(
            responseCode = "200",
            description = "The dispute as it is now",
            content = @Content(schema = @Schema(implementation = DisputeDto.class)))
    public Response negotiate(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(disputes.negotiate(id, expected.of(body)));
    }

    @POST
    @Path("{id}/escalate")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Escalate an open or negotiated dispute (ESCALATED)", description = STEP)
    @APIResponse(
            responseCode = "200",
            description = "The dispute as it is now",
            content = @Content(schema = @Schema(implementation = DisputeDto.class)))
    public Response escalate(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(disputes.escalate(id, expected.of(body)));
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Resolve a dispute (RESOLVED)",
            description = "Body: outcome (SETTLEMENT, CREDIT, WITHDRAWN, OTHER), resolution and the version read;"
                    + " both the outcome and the resolution are required.")
    @APIResponse(
            responseCode = "200",
            description = "The dispute as it is now",
            content = @Content(schema = @Schema(implementation = DisputeDto.class)))
    public Response resolve(
            @PathParam("id") Long id,
            @RequestBody(required = true) DisputeResolution body,
            @BeanParam ExpectedVersion expected) {
        if (body == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        return ok(disputes.resolve(
                id, new DisputeResolution(body.outcome(), body.resolution(), expected.of(body.version()))));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Close a resolved dispute (CLOSED, final)", description = STEP)
    @APIResponse(
            responseCode = "200",
            description = "The dispute as it is now",
            content = @Content(schema = @Schema(implementation = DisputeDto.class)))
    public Response close(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(disputes.close(id, expected.of(body)));
    }

    /** The improvement opportunity a resolved dispute raised; read it at {@code /api/v1/improvements/{id}}. */
    @Schema(description = "The improvement opportunity a dispute raised")
    public record RaisedImprovement(
            @Schema(example = "4711") Long improvementId,
            @Schema(example = "IMP-004711") String improvementNumber) {}

    @POST
    @Path("{id}/improvement")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Raise an improvement opportunity from a resolved or closed dispute (X-3)",
            description = "Idempotent: while the opportunity it raised is open, that one is answered again. An"
                    + " unresolved dispute is refused (422).")
    @APIResponse(
            responseCode = "200",
            description = "The improvement opportunity raised, or the open one raised before",
            content = @Content(schema = @Schema(implementation = RaisedImprovement.class)))
    public RaisedImprovement raiseImprovement(@PathParam("id") Long id) {
        ImprovementOpportunity raised = disputes.raiseImprovement(id);
        return new RaisedImprovement(raised.getId(), raised.getNumber());
    }

    private static Response ok(SupplierDispute dispute) {
        return Versions.ok(dispute, DisputeDto.of(dispute));
    }
}
