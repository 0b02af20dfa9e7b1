package org.sepakat.api.servicelevel;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.servicelevel.SlaRepresentations.AgreeDto;
import org.sepakat.api.servicelevel.SlaRepresentations.DifferenceDto;
import org.sepakat.api.servicelevel.SlaRepresentations.SlaDto;
import org.sepakat.api.servicelevel.SlaRepresentations.VersionDto;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.VersionData;
import org.sepakat.api.shared.Versions;
import org.sepakat.export.Download;
import org.sepakat.export.SlaDocument;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("slas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Service level agreements",
        description = "SLM-1..5, SLM-9: SLAs as controlled documents with typed content")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class SlaResource {

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    SlaDocument document;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List SLAs",
            description = "Filters: reference, title (contains), status, customerId, serviceId, "
                    + "reviewDue=true. Sort: reference, title, status, customerCode, nextReviewOn, changedAt. Relationship managers "
                    + "see the SLAs of the customers they manage.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "reference", description = "The reference contains this", example = "SLA-FIN"),
                @ListQuery.Filter(name = "title", description = "The title contains this", example = "ERP"),
                @ListQuery.Filter(
                        name = "text",
                        description = "The reference or the title contains this",
                        example = "FIN"),
                @ListQuery.Filter(
                        name = "status",
                        description = "The status, exactly",
                        example = "ACTIVE",
                        values = SlaStatus.class),
                @ListQuery.Filter(
                        name = "customerId",
                        description = "The customer's id",
                        example = "3",
                        type = "integer",
                        format = "int64"),
                @ListQuery.Filter(
                        name = "serviceId",
                        description = "Covers the service of this id",
                        example = "5",
                        type = "integer",
                        format = "int64"),
                @ListQuery.Filter(
                        name = "reviewDue",
                        description = "true: the next review is due today or earlier",
                        example = "true",
                        type = "boolean")
            },
            sort = {"reference", "title", "status", "customerCode", "nextReviewOn", "changedAt"},
            defaultSort = "reference")
    public Paging.PageDto<SlaDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(slas.list(request), request, SlaDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One SLA")
    @APIResponse(
            responseCode = "200",
            description = "The SLA as it is now",
            content = @Content(schema = @Schema(implementation = SlaDto.class)))
    public Response get(@PathParam("id") Long id) {
        return ok(slas.find(id));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Draft an SLA",
            description = "The whole document: header, services, targets, workload limits, exceptions.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = SlaDto.class)))
    public Response create(@RequestBody(required = true) SlaDto body) {
        ServiceLevelAgreement sla = slas.create(body == null ? null : body.data());
        return Versions.created(
                sla,
                SlaDto.of(sla),
                uri.getAbsolutePathBuilder().path(String.valueOf(sla.getId())).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Save the document",
            description = "Allowed while DRAFT or UNDER_REVIEW; carries the version read.")
    @APIResponse(
            responseCode = "200",
            description = "The SLA as it is now",
            content = @Content(schema = @Schema(implementation = SlaDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) SlaDto body) {
        return ok(slas.update(id, body == null ? null : body.data()));
    }

    @POST
    @Path("{id}/agree")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Record the agreement of both sides (SLM-1)",
            description =
                    "Refused (422) while a covered service, a target, a workload limit or the exceptions section is missing."
                            + " The body may name `effectiveFrom` (\"yyyy-MM\"): the first month this version is in force,"
                            + " measured by it; none: the month after the agreement. It cannot be before the month the"
                            + " previous version takes effect (422, field effectiveFrom).")
    @APIResponse(
            responseCode = "200",
            description = "The SLA as it is now",
            content = @Content(schema = @Schema(implementation = SlaDto.class)))
    public Response agree(
            @PathParam("id") Long id,
            @RequestBody(required = true) AgreeDto data,
            @BeanParam ExpectedVersion expected) {
        return ok(slas.agree(id, data == null ? null : data.data(expected.of(data.version()))));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Put an agreed SLA in force")
    @APIResponse(
            responseCode = "200",
            description = "The SLA as it is now",
            content = @Content(schema = @Schema(implementation = SlaDto.class)))
    public Response activate(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(slas.activate(id, expected.of(body)));
    }

    @POST
    @Path("{id}/revise")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Start a revision; the agreed version stays on record")
    @APIResponse(
            responseCode = "200",
            description = "The SLA as it is now",
            content = @Content(schema = @Schema(implementation = SlaDto.class)))
    public Response revise(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(slas.startRevision(id, expected.of(body)));
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Retire the SLA")
    @APIResponse(
            responseCode = "200",
            description = "The SLA as it is now",
            content = @Content(schema = @Schema(implementation = SlaDto.class)))
    public Response retire(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(slas.retire(id, expected.of(body)));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every agreed version (SLM-9)")
    public List<VersionDto> versions(@PathParam("id") Long id) {
        return slas.versions(id).stream().map(VersionDto::of).toList();
    }

    @GET
    @Path("{id}/versions/{number: [0-9]+}")
    @Operation(summary = "One agreed version")
    public VersionDto version(@PathParam("id") Long id, @PathParam("number") int number) {
        return VersionDto.of(slas.version(id, number));
    }

    @GET
    @Path("{id}/versions/compare")
    @Operation(summary = "What changed between two agreed versions", description = "Lines ADDED, REMOVED or CHANGED.")
    public List<DifferenceDto> compare(
            @PathParam("id") Long id,
            @QueryParam("from")
                    @Parameter(description = "The earlier agreed version's number", example = "1", required = true)
                    Integer from,
            @QueryParam("to")
                    @Parameter(description = "The later agreed version's number", example = "2", required = true)
                    Integer to) {
        if (from == null || to == null) {
            throw InvalidInput.of(from == null ? "from" : "to", "error.version.required");
        }
        return slas.compare(id, from, to).stream().map(DifferenceDto::of).toList();
    }

    @GET
    @Path("{id}/document")
    @Produces("application/pdf")
    @Operation(
            summary = "The agreement as a PDF document to send to the customer",
            description = "lang: en (default) or id.")
    public Response document(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        ServiceLevelAgreement sla = slas.find(id);
        byte[] pdf = document.pdf(sla, slas.versions(id), Download.language(lang));
        return Response.ok(pdf, Download.PDF)
                .header("Content-Disposition", Download.attachment(SlaDocument.fileName(sla) + ".pdf"))
                .build();
    }

    private static Response ok(ServiceLevelAgreement sla) {
        return Versions.ok(sla, SlaDto.of(sla));
    }
}
