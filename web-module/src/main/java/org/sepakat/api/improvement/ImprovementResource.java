package org.sepakat.api.improvement;

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
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.ImprovementStatus;
import org.sepakat.improvement.entity.OutcomeData;
import org.sepakat.improvement.entity.RejectionData;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("improvements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvements", description = "X-3, SLM-8, BRM-9: the improvement register, fed by every source")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class ImprovementResource {

    @Inject
    Improvements improvements;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List improvement opportunities",
            description = "Filters: status, sourceKind, owner, priority, "
                    + "text (number or title contains), overdue=true (due before today and not closed), closed=true|false, "
                    + "sourceReference (contains), sourceRecordType and sourceRecordId. Sort: number, title, status, priority, "
                    + "owner, dueOn, source.kind, changedAt; default dueOn.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(
                        name = "status",
                        description = "The status, exactly",
                        example = "OPEN",
                        values = ImprovementStatus.class),
                @ListQuery.Filter(
                        name = "sourceKind",
                        description = "What raised it, exactly",
                        example = "MISSED_TARGET",
                        values = SourceKind.class),
                @ListQuery.Filter(name = "owner", description = "The owner's user name, exactly", example = "slaman"),
                @ListQuery.Filter(
                        name = "priority",
                        description = "The priority, exactly",
                        example = "HIGH",
                        values = ImprovementPriority.class),
                @ListQuery.Filter(
                        name = "text",
                        description = "The number or the title contains this",
                        example = "backup"),
                @ListQuery.Filter(
                        name = "overdue",
                        description = "true: due before today and not closed",
                        example = "true",
                        type = "boolean"),
                @ListQuery.Filter(
                        name = "closed",
                        description = "true: closed ones only; false: not closed ones only",
                        example = "false",
                        type = "boolean"),
                @ListQuery.Filter(
                        name = "sourceReference",
                        description = "The source's reference contains this",
                        example = "SLA-FIN-2026 2026-10"),
                @ListQuery.Filter(
                        name = "sourceRecordType",
                        description = "The type of the record that raised it, exactly",
                        example = "PeriodReport"),
                @ListQuery.Filter(
                        name = "sourceRecordId",
                        description = "The id of the record that raised it",
                        example = "42",
                        type = "integer",
                        format = "int64")
            },
            sort = {"number", "title", "status", "priority", "owner", "dueOn", "source.kind", "changedAt"},
            defaultSort = "dueOn")
    public Paging.PageDto<ImprovementDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(improvements.list(request), request, ImprovementDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One improvement opportunity")
    @APIResponse(
            responseCode = "200",
            description = "The opportunity as it is now",
            content = @Content(schema = @Schema(implementation = ImprovementDto.class)))
    public Response get(@PathParam("id") Long id) {
        return ok(improvements.find(id));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    @Operation(
            summary = "Record an improvement opportunity (OPEN)",
            description = "The number (IMP-000123) is assigned by the server; the owner is a staff user name; a source "
                    + "other than MANUAL needs a sourceReference.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = ImprovementDto.class)))
    public Response create(@RequestBody(required = true) ImprovementDto body) {
        ImprovementOpportunity opportunity = improvements.create(body == null ? null : body.data());
        return Versions.created(
                opportunity,
                ImprovementDto.of(opportunity),
                uri.getAbsolutePathBuilder()
                        .path(String.valueOf(opportunity.getId()))
                        .build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    @Operation(
            summary = "Change title, description, owner, due date or priority",
            description =
                    "The body carries the version that was read (a stale one gives 409) and the unchanged source; "
                            + "a closed opportunity cannot change (422).")
    @APIResponse(
            responseCode = "200",
            description = "The opportunity as it is now",
            content = @Content(schema = @Schema(implementation = ImprovementDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) ImprovementDto body) {
        return ok(improvements.update(id, body == null ? null : body.data()));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    @Operation(summary = "Start work on an open opportunity (IN_PROGRESS)")
    @APIResponse(
            responseCode = "200",
            description = "The opportunity as it is now",
            content = @Content(schema = @Schema(implementation = ImprovementDto.class)))
    public Response start(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(improvements.start(id, expected.of(body)));
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    @Operation(
            summary = "Mark an opportunity in progress as DONE",
            description = "Body: the outcome and the version read.")
    @APIResponse(
            responseCode = "200",
            description = "The opportunity as it is now",
            content = @Content(schema = @Schema(implementation = ImprovementDto.class)))
    public Response complete(
            @PathParam("id") Long id,
            @RequestBody(required = true) OutcomeData data,
            @BeanParam ExpectedVersion expected) {
        return ok(improvements.complete(
                id, data == null ? null : new OutcomeData(data.outcome(), expected.of(data.version()))));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER
    })
    @Operation(
            summary = "Reject an open or in-progress opportunity (REJECTED)",
            description = "Body: the reason and the version read. A closed opportunity is never reopened.")
    @APIResponse(
            responseCode = "200",
            description = "The opportunity as it is now",
            content = @Content(schema = @Schema(implementation = ImprovementDto.class)))
    public Response reject(
            @PathParam("id") Long id,
            @RequestBody(required = true) RejectionData data,
            @BeanParam ExpectedVersion expected) {
        return ok(improvements.reject(
                id, data == null ? null : new RejectionData(data.reason(), expected.of(data.version()))));
    }

    private static Response ok(ImprovementOpportunity opportunity) {
        return Versions.ok(opportunity, ImprovementDto.of(opportunity));
    }
}
