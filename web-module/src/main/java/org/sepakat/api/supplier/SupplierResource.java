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
import org.sepakat.api.supplier.SupplierRepresentations.SupplierDto;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierKind;
import org.sepakat.supplier.entity.SupplierStatus;

@Path("suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers", description = "SUP-1: suppliers, their lifecycle and the staff responsible for them")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class SupplierResource {

    @Inject
    Suppliers suppliers;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List suppliers",
            description = "Filters: code, name, text (contains), kind, status, mine. Sort: code, name, kind, status,"
                    + " changedAt. A relationship manager sees the customers acting as suppliers he manages.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "code", description = "The code contains this", example = "HOST"),
                @ListQuery.Filter(name = "name", description = "The name contains this", example = "Awan"),
                @ListQuery.Filter(name = "text", description = "The code or the name contains this", example = "HOST"),
                @ListQuery.Filter(
                        name = "kind",
                        description = "The kind, exactly",
                        example = "EXTERNAL_SUPPLIER",
                        values = SupplierKind.class),
                @ListQuery.Filter(
                        name = "status",
                        description = "The status, exactly",
                        example = "ACTIVE",
                        values = SupplierStatus.class),
                @ListQuery.Filter(
                        name = "mine",
                        description = "true: only the suppliers the caller holds a responsibility for",
                        example = "true",
                        type = "boolean")
            },
            sort = {"code", "name", "kind", "status", "changedAt"},
            defaultSort = "code")
    public Paging.PageDto<SupplierDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(suppliers.list(request), request, SupplierDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One supplier")
    @APIResponse(
            responseCode = "200",
            description = "The supplier as it is now",
            content = @Content(schema = @Schema(implementation = SupplierDto.class)))
    public Response get(@PathParam("id") Long id) {
        Supplier supplier = suppliers.find(id);
        return Versions.ok(supplier, SupplierDto.of(supplier));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Register a supplier (as a prospect)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = SupplierDto.class)))
    public Response create(@RequestBody(required = true) SupplierDto body) {
        Supplier supplier = suppliers.create(body == null ? null : body.data());
        return Versions.created(
                supplier,
                SupplierDto.of(supplier),
                uri.getAbsolutePathBuilder()
                        .path(String.valueOf(supplier.getId()))
                        .build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Change a supplier",
            description = "The body carries the version that was read; a stale one gives 409.")
    @APIResponse(
            responseCode = "200",
            description = "The supplier as it is now",
            content = @Content(schema = @Schema(implementation = SupplierDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) SupplierDto body) {
        Supplier supplier = suppliers.update(id, body == null ? null : body.data());
        return Versions.ok(supplier, SupplierDto.of(supplier));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Delete a prospect that has no contacts and no interfaces")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @BeanParam ExpectedVersion expected) {
        suppliers.delete(id, expected.of((Long) null));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Make the supplier active",
            description = "SUP-1: refused (422), naming the responsibility, while nobody holds the relationship, the"
                    + " contract or the performance.")
    @APIResponse(
            responseCode = "200",
            description = "The supplier as it is now",
            content = @Content(schema = @Schema(implementation = SupplierDto.class)))
    public Response activate(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        Supplier supplier = suppliers.activate(id, expected.of(body));
        return Versions.ok(supplier, SupplierDto.of(supplier));
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Make the supplier inactive")
    @APIResponse(
            responseCode = "200",
            description = "The supplier as it is now",
            content = @Content(schema = @Schema(implementation = SupplierDto.class)))
    public Response deactivate(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        Supplier supplier = suppliers.deactivate(id, expected.of(body));
        return Versions.ok(supplier, SupplierDto.of(supplier));
    }

    @PUT
    @Path("{id}/managers/{responsibility}/{staffId}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Make a member of staff responsible for the relationship, contract or performance (SUP-1)")
    @APIResponse(
            responseCode = "200",
            description = "The supplier as it is now",
            content = @Content(schema = @Schema(implementation = SupplierDto.class)))
    public Response appoint(
            @PathParam("id") Long id,
            @PathParam("responsibility") Responsibility responsibility,
            @PathParam("staffId") Long staffId) {
        Supplier supplier = suppliers.appoint(id, responsibility, staffId);
        return Versions.ok(supplier, SupplierDto.of(supplier));
    }

    @DELETE
    @Path("{id}/managers/{responsibility}/{staffId}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Withdraw a member of staff from a responsibility",
            description = "Refused for the last holder of a responsibility of an active supplier.")
    @APIResponse(
            responseCode = "200",
            description = "The supplier as it is now",
            content = @Content(schema = @Schema(implementation = SupplierDto.class)))
    public Response withdraw(
            @PathParam("id") Long id,
            @PathParam("responsibility") Responsibility responsibility,
            @PathParam("staffId") Long staffId) {
        Supplier supplier = suppliers.withdraw(id, responsibility, staffId);
        return Versions.ok(supplier, SupplierDto.of(supplier));
    }
}
