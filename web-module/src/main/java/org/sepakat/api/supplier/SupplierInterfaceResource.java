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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.Versions;
import org.sepakat.api.supplier.SupplierRepresentations.InterfaceDto;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.boundary.SupplierInterfaces;
import org.sepakat.supplier.entity.SupplierInterface;

@Path("suppliers/{supplierId}/interfaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Supplier interfaces",
        description = "SUP-8: the defined interfaces with each supplier, their owners and review dates")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class SupplierInterfaceResource {

    @Inject
    SupplierInterfaces interfaces;

    @Context
    UriInfo uri;

    @PathParam("supplierId")
    Long supplierId;

    @GET
    @Operation(
            summary = "List a supplier's interfaces",
            description = "Filters: exchange (contains), overdue. Sort: exchange, channel, nextReview, changedAt.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "exchange", description = "What passes contains this", example = "hand-off"),
                @ListQuery.Filter(
                        name = "overdue",
                        description = "true: only those past their review date",
                        example = "true",
                        type = "boolean")
            },
            sort = {"exchange", "channel", "nextReview", "changedAt"},
            defaultSort = "nextReview")
    public Paging.PageDto<InterfaceDto> list() {
        PageRequest request = Paging.request(uri);
        LocalDate today = interfaces.today();
        return Paging.dto(interfaces.list(supplierId, request), request, i -> InterfaceDto.of(i, today));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One interface with a supplier")
    @APIResponse(
            responseCode = "200",
            description = "The interface as it is now",
            content = @Content(schema = @Schema(implementation = InterfaceDto.class)))
    public Response get(@PathParam("id") Long id) {
        SupplierInterface found = interfaces.find(supplierId, id);
        return Versions.ok(found, InterfaceDto.of(found, interfaces.today()));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Define an interface with a supplier")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = InterfaceDto.class)))
    public Response create(@RequestBody(required = true) InterfaceDto body) {
        SupplierInterface found = interfaces.create(supplierId, body == null ? null : body.data());
        return Versions.created(
                found,
                InterfaceDto.of(found, interfaces.today()),
                uri.getAbsolutePathBuilder().path(String.valueOf(found.getId())).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Change an interface, e.g. after its review (a later nextReview)")
    @APIResponse(
            responseCode = "200",
            description = "The interface as it is now",
            content = @Content(schema = @Schema(implementation = InterfaceDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) InterfaceDto body) {
        SupplierInterface found = interfaces.update(supplierId, id, body == null ? null : body.data());
        return Versions.ok(found, InterfaceDto.of(found, interfaces.today()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Delete an interface")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @BeanParam ExpectedVersion expected) {
        interfaces.delete(supplierId, id, expected.of((Long) null));
        return Response.noContent().build();
    }
}
