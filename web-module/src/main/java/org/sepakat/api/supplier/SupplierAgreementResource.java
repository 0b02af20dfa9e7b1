package org.sepakat.api.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.sepakat.api.servicelevel.SlaRepresentations.DifferenceDto;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.VersionData;
import org.sepakat.api.shared.Versions;
import org.sepakat.api.supplier.AgreementRepresentations.AgreedVersionDto;
import org.sepakat.api.supplier.AgreementRepresentations.NoticeDto;
import org.sepakat.api.supplier.AgreementRepresentations.SigningDto;
import org.sepakat.api.supplier.AgreementRepresentations.SupplierAgreementDto;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.entity.AgreementKind;
import org.sepakat.supplier.entity.AgreementStatus;
import org.sepakat.supplier.entity.SupplierAgreement;

@Path("supplier-agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Supplier agreements",
        description = "SUP-2..6, SUP-10, OLA-1: underpinning contracts and operational level agreements as controlled"
                + " documents")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class SupplierAgreementResource {

    private static final String AS_NOW = "The agreement as it is now";

    @Inject
    SupplierAgreements agreements;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List supplier agreements",
            description = "Filters: reference, title, text (contains), kind, status, supplier. Sort: reference, title,"
                    + " kind, status, changedAt. A relationship manager sees the agreements of the suppliers he may"
                    + " read.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "reference", description = "The reference contains this", example = "UC-"),
                @ListQuery.Filter(name = "title", description = "The title contains this", example = "hosting"),
                @ListQuery.Filter(
                        name = "text",
                        description = "The reference, the title or the supplier's name contains this",
                        example = "HOST"),
                @ListQuery.Filter(
                        name = "kind",
                        description = "The kind, exactly",
                        example = "UNDERPINNING_CONTRACT",
                        values = AgreementKind.class),
                @ListQuery.Filter(
                        name = "status",
                        description = "The status, exactly",
                        example = "ACTIVE",
                        values = AgreementStatus.class),
                @ListQuery.Filter(
                        name = "supplier",
                        description = "The supplier's id",
                        example = "4",
                        type = "integer",
                        format = "int64")
            },
            sort = {"reference", "title", "kind", "status", "changedAt"},
            defaultSort = "reference")
    public Paging.PageDto<SupplierAgreementDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(agreements.list(request), request, this::dto);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One supplier agreement, with its contract dates")
    @APIResponse(
            responseCode = "200",
            description = AS_NOW,
            content = @Content(schema = @Schema(implementation = SupplierAgreementDto.class)))
    public Response get(@PathParam("id") Long id) {
        return ok(agreements.find(id));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Draft a supplier agreement",
            description = "The whole document: heading, scope, requirements, targets, obligations, RACI, commercial"
                    + " terms (a contract only). Its kind follows the supplier's.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = SupplierAgreementDto.class)))
    public Response create(@RequestBody(required = true) SupplierAgreementDto body) {
        SupplierAgreement agreement = agreements.create(body == null ? null : body.data());
        return Versions.created(
                agreement,
                dto(agreement),
                uri.getAbsolutePathBuilder()
                        .path(String.valueOf(agreement.getId()))
                        .build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Save the document",
            description = "Allowed while DRAFT or UNDER_REVIEW; carries the version read (a stale one gives 409).")
    @APIResponse(
            responseCode = "200",
            description = AS_NOW,
            content = @Content(schema = @Schema(implementation = SupplierAgreementDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) SupplierAgreementDto body) {
        return ok(agreements.update(id, body == null ? null : body.data()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Delete a draft that was never agreed")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @BeanParam ExpectedVersion expected) {
        agreements.delete(id, expected.of((Long) null));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/agree")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Record the signatures of both sides (SUP-2)",
            description = "Refused (422, naming the requirement) while the scope, a requirement, a target or"
                    + " obligation, the RACI table or a contract's commercial terms is missing. The content is kept"
                    + " as the next agreed version.")
    @APIResponse(
            responseCode = "200",
            description = AS_NOW,
            content = @Content(schema = @Schema(implementation = SupplierAgreementDto.class)))
    public Response agree(
            @PathParam("id") Long id,
            @RequestBody(required = true) SigningDto body,
            @BeanParam ExpectedVersion expected) {
        return ok(agreements.agree(id, body == null ? null : body.data(expected.of(body.version()))));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Put an agreed supplier agreement in force")
    @APIResponse(
            responseCode = "200",
            description = AS_NOW,
            content = @Content(schema = @Schema(implementation = SupplierAgreementDto.class)))
    public Response activate(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(agreements.activate(id, expected.of(body)));
    }

    @POST
    @Path("{id}/revise")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Start a revision; the agreed version stays in force until the next is agreed")
    @APIResponse(
            responseCode = "200",
            description = AS_NOW,
            content = @Content(schema = @Schema(implementation = SupplierAgreementDto.class)))
    public Response revise(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(agreements.startRevision(id, expected.of(body)));
    }

    @POST
    @Path("{id}/terminate")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "End an agreement once agreed (terminated by a party)")
    @APIResponse(
            responseCode = "200",
            description = AS_NOW,
            content = @Content(schema = @Schema(implementation = SupplierAgreementDto.class)))
    public Response terminate(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(agreements.terminate(id, expected.of(body)));
    }

    @POST
    @Path("{id}/notice")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Record that notice was given (a tacitly renewing contract, SUP-10)",
            description = "The contract then ends with the first term whose notice deadline the day met; its dates"
                    + " show the expiry.")
    @APIResponse(
            responseCode = "200",
            description = AS_NOW,
            content = @Content(schema = @Schema(implementation = SupplierAgreementDto.class)))
    public Response notice(
            @PathParam("id") Long id,
            @RequestBody(required = true) NoticeDto body,
            @BeanParam ExpectedVersion expected) {
        if (body == null) {
            throw InvalidInput.of("givenOn", "error.supplierAgreement.noticeDateRequired");
        }
        return ok(agreements.recordNotice(id, body.givenOn(), expected.of(body.version())));
    }

    @POST
    @Path("{id}/renewal")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Record an express renewal: the contract runs one more renewal period (SUP-10)")
    @APIResponse(
            responseCode = "200",
            description = AS_NOW,
            content = @Content(schema = @Schema(implementation = SupplierAgreementDto.class)))
    public Response renewal(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        return ok(agreements.recordRenewal(id, expected.of(body)));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every agreed version")
    public List<AgreedVersionDto> versions(@PathParam("id") Long id) {
        return agreements.versions(id).stream().map(AgreedVersionDto::of).toList();
    }

    @GET
    @Path("{id}/versions/{number: [0-9]+}")
    @Operation(summary = "One agreed version")
    public AgreedVersionDto version(@PathParam("id") Long id, @PathParam("number") int number) {
        return AgreedVersionDto.of(agreements.version(id, number));
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
        return agreements.compare(id, from, to).stream().map(DifferenceDto::of).toList();
    }

    private SupplierAgreementDto dto(SupplierAgreement agreement) {
        return SupplierAgreementDto.of(agreement, agreements.datesOf(agreement));
    }

    private Response ok(SupplierAgreement agreement) {
        return Versions.ok(agreement, dto(agreement));
    }
}
