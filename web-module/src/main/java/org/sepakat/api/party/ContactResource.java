package org.sepakat.api.party;

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
import org.sepakat.api.party.Representations.ContactDto;
import org.sepakat.api.party.Representations.RoleDto;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.Versions;
import org.sepakat.party.boundary.Contacts;
import org.sepakat.party.entity.Contact;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("customers/{customerId}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "BRM-2, BRM-3: users of each service and other interested parties")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class ContactResource {

    @Inject
    Contacts contacts;

    @Context
    UriInfo uri;

    @PathParam("customerId")
    Long customerId;

    @GET
    @Operation(
            summary = "List a customer's contacts",
            description = "Filters: name, email (contains). Sort: name, email, changedAt.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "name", description = "The name contains this", example = "Wati"),
                @ListQuery.Filter(
                        name = "email",
                        description = "The e-mail address contains this",
                        example = "@finance.example")
            },
            sort = {"name", "email", "changedAt"},
            defaultSort = "name")
    public Paging.PageDto<ContactDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(contacts.list(customerId, request), request, ContactDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One contact")
    @APIResponse(
            responseCode = "200",
            description = "The contact as it is now",
            content = @Content(schema = @Schema(implementation = ContactDto.class)))
    public Response get(@PathParam("id") Long id) {
        Contact contact = contacts.find(customerId, id);
        return Versions.ok(contact, ContactDto.of(contact));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Add a contact")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = ContactDto.class)))
    public Response create(@RequestBody(required = true) ContactDto body) {
        Contact contact = contacts.create(customerId, body == null ? null : body.data());
        return Versions.created(
                contact,
                ContactDto.of(contact),
                uri.getAbsolutePathBuilder()
                        .path(String.valueOf(contact.getId()))
                        .build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Change a contact")
    @APIResponse(
            responseCode = "200",
            description = "The contact as it is now",
            content = @Content(schema = @Schema(implementation = ContactDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) ContactDto body) {
        Contact contact = contacts.update(customerId, id, body == null ? null : body.data());
        return Versions.ok(contact, ContactDto.of(contact));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Delete a contact")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @BeanParam ExpectedVersion expected) {
        contacts.delete(customerId, id, expected.of((Long) null));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/roles")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(
            summary = "Set the contact's role towards a service",
            description =
                    "USER (BRM-2) or INTERESTED_PARTY with the interest stated (BRM-3); the customer must take the service.")
    @APIResponse(
            responseCode = "200",
            description = "The contact as it is now",
            content = @Content(schema = @Schema(implementation = ContactDto.class)))
    public Response assignRole(@PathParam("id") Long id, @RequestBody(required = true) RoleDto body) {
        Contact contact = contacts.assignRole(customerId, id, body == null ? null : body.data());
        return Versions.ok(contact, ContactDto.of(contact));
    }

    @DELETE
    @Path("{id}/roles/{serviceId}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Remove the contact's role towards a service")
    @APIResponse(
            responseCode = "200",
            description = "The contact as it is now",
            content = @Content(schema = @Schema(implementation = ContactDto.class)))
    public Response removeRole(@PathParam("id") Long id, @PathParam("serviceId") Long serviceId) {
        Contact contact = contacts.removeRole(customerId, id, serviceId);
        return Versions.ok(contact, ContactDto.of(contact));
    }
}
