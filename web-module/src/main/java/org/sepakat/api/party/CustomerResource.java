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
import org.sepakat.api.party.Representations.CustomerDto;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.VersionData;
import org.sepakat.api.shared.Versions;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.party.entity.CustomerStatus;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Customers",
        description = "BRM-1, BRM-4: customers, the services they take and their relationship managers")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class CustomerResource {

    @Inject
    Customers customers;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List customers",
            description = "Filters: code, name (contains), kind, status. Sort: code, name, kind, status, changedAt.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "code", description = "The code contains this", example = "FIN"),
                @ListQuery.Filter(name = "name", description = "The name contains this", example = "Keuangan"),
                @ListQuery.Filter(name = "text", description = "The code or the name contains this", example = "FIN"),
                @ListQuery.Filter(
                        name = "inScope",
                        description =
                                "true: only the customers the caller manages (all for roles that see every customer)",
                        example = "true",
                        type = "boolean"),
                @ListQuery.Filter(
                        name = "kind",
                        description = "The kind, exactly",
                        example = "INTERNAL",
                        values = CustomerKind.class),
                @ListQuery.Filter(
                        name = "status",
                        description = "The status, exactly",
                        example = "ACTIVE",
                        values = CustomerStatus.class)
            },
            sort = {"code", "name", "kind", "status", "changedAt"},
            defaultSort = "code")
    public Paging.PageDto<CustomerDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(customers.list(request), request, CustomerDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One customer")
    @APIResponse(
            responseCode = "200",
            description = "The customer as it is now",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)))
    public Response get(@PathParam("id") Long id) {
        Customer customer = customers.find(id);
        return Versions.ok(customer, CustomerDto.of(customer));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Register a customer (as a prospect)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)))
    public Response create(@RequestBody(required = true) CustomerDto body) {
        Customer customer = customers.create(body == null ? null : body.data());
        return Versions.created(
                customer,
                CustomerDto.of(customer),
                uri.getAbsolutePathBuilder()
                        .path(String.valueOf(customer.getId()))
                        .build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(
            summary = "Change a customer",
            description = "The body carries the version that was read; a stale one gives 409.")
    @APIResponse(
            responseCode = "200",
            description = "The customer as it is now",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) CustomerDto body) {
        Customer customer = customers.update(id, body == null ? null : body.data());
        return Versions.ok(customer, CustomerDto.of(customer));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Delete a prospect that has no contacts")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @BeanParam ExpectedVersion expected) {
        customers.delete(id, expected.of((Long) null));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(
            summary = "Make the customer active",
            description = "BRM-4: refused (422) while the customer has no relationship manager.")
    @APIResponse(
            responseCode = "200",
            description = "The customer as it is now",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)))
    public Response activate(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        Customer customer = customers.activate(id, expected.of(body));
        return Versions.ok(customer, CustomerDto.of(customer));
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Make the customer inactive")
    @APIResponse(
            responseCode = "200",
            description = "The customer as it is now",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)))
    public Response deactivate(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        Customer customer = customers.deactivate(id, expected.of(body));
        return Versions.ok(customer, CustomerDto.of(customer));
    }

    @PUT
    @Path("{id}/managers/{staffId}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Appoint a relationship manager (BRM-4)")
    @APIResponse(
            responseCode = "200",
            description = "The customer as it is now",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)))
    public Response appointManager(@PathParam("id") Long id, @PathParam("staffId") Long staffId) {
        Customer customer = customers.appointManager(id, staffId);
        return Versions.ok(customer, CustomerDto.of(customer));
    }

    @DELETE
    @Path("{id}/managers/{staffId}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(
            summary = "Withdraw a relationship manager",
            description = "Refused for the last manager of an active customer.")
    @APIResponse(
            responseCode = "200",
            description = "The customer as it is now",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)))
    public Response withdrawManager(@PathParam("id") Long id, @PathParam("staffId") Long staffId) {
        Customer customer = customers.withdrawManager(id, staffId);
        return Versions.ok(customer, CustomerDto.of(customer));
    }

    @PUT
    @Path("{id}/services/{serviceId}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Record that the customer takes a service (BRM-1)")
    @APIResponse(
            responseCode = "200",
            description = "The customer as it is now",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)))
    public Response subscribe(@PathParam("id") Long id, @PathParam("serviceId") Long serviceId) {
        Customer customer = customers.subscribe(id, serviceId);
        return Versions.ok(customer, CustomerDto.of(customer));
    }

    @DELETE
    @Path("{id}/services/{serviceId}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Record that the customer no longer takes a service")
    @APIResponse(
            responseCode = "200",
            description = "The customer as it is now",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)))
    public Response unsubscribe(@PathParam("id") Long id, @PathParam("serviceId") Long serviceId) {
        Customer customer = customers.unsubscribe(id, serviceId);
        return Versions.ok(customer, CustomerDto.of(customer));
    }
}
