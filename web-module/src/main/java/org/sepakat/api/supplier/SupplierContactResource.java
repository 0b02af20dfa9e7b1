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
import org.sepakat.api.shared.Versions;
import org.sepakat.api.supplier.SupplierRepresentations.SupplierContactDto;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.boundary.SupplierContacts;
import org.sepakat.supplier.entity.SupplierContact;

@Path("suppliers/{supplierId}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supplier contacts", description = "SUP-8: the people at each supplier and their role")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class SupplierContactResource {

    @Inject
    SupplierContacts contacts;

    @Context
    UriInfo uri;

    @PathParam("supplierId")
    Long supplierId;

    @GET
    @Operation(
            summary = "List a supplier's contacts",
            description = "Filters: name, email, role (contains). Sort: name, email, role, changedAt.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "name", description = "The name contains this", example = "Agus"),
                @ListQuery.Filter(
                        name = "email",
                        description = "The e-mail address contains this",
                        example = "@awan.example"),
                @ListQuery.Filter(name = "role", description = "The role contains this", example = "desk")
            },
            sort = {"name", "email", "role", "changedAt"},
            defaultSort = "name")
    public Paging.PageDto<SupplierContactDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(contacts.list(supplierId, request), request, SupplierContactDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One contact of a supplier")
    @APIResponse(
            responseCode = "200",
            description = "The contact as it is now",
            content = @Content(schema = @Schema(implementation = SupplierContactDto.class)))
    public Response get(@PathParam("id") Long id) {
        SupplierContact contact = contacts.find(supplierId, id);
        return Versions.ok(contact, SupplierContactDto.of(contact));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Add a contact to a supplier")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = SupplierContactDto.class)))
    public Response create(@RequestBody(required = true) SupplierContactDto body) {
        SupplierContact contact = contacts.create(supplierId, body == null ? null : body.data());
        return Versions.created(
                contact,
                SupplierContactDto.of(contact),
                uri.getAbsolutePathBuilder()
                        .path(String.valueOf(contact.getId()))
                        .build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Change a contact of a supplier")
    @APIResponse(
            responseCode = "200",
            description = "The contact as it is now",
            content = @Content(schema = @Schema(implementation = SupplierContactDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) SupplierContactDto body) {
        SupplierContact contact = contacts.update(supplierId, id, body == null ? null : body.data());
        return Versions.ok(contact, SupplierContactDto.of(contact));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Delete a contact no interface names")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @BeanParam ExpectedVersion expected) {
        contacts.delete(supplierId, id, expected.of((Long) null));
        return Response.noContent().build();
    }
}
