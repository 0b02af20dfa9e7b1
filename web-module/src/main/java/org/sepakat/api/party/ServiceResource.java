package org.sepakat.api.party;

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
import org.sepakat.api.party.Representations.ServiceDto;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.VersionData;
import org.sepakat.api.shared.Versions;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceStatus;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Services catalogue", description = "BRM-1: the services the provider delivers")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class ServiceResource {

    @Inject
    ServiceCatalogue catalogue;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List services",
            description = "Filters: code, name (contains), status. Sort: code, name, status, changedAt.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "code", description = "The code contains this", example = "ERP"),
                @ListQuery.Filter(name = "name", description = "The name contains this", example = "mail"),
                @ListQuery.Filter(
                        name = "status",
                        description = "The status, exactly",
                        example = "LIVE",
                        values = ServiceStatus.class)
            },
            sort = {"code", "name", "status", "changedAt"},
            defaultSort = "code")
    public Paging.PageDto<ServiceDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(catalogue.list(request), request, ServiceDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One service")
    @APIResponse(
            responseCode = "200",
            description = "The service as it is now",
            content = @Content(schema = @Schema(implementation = ServiceDto.class)))
    public Response get(@PathParam("id") Long id) {
        Service service = catalogue.find(id);
        return Versions.ok(service, ServiceDto.of(service));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Add a service to the catalogue")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = ServiceDto.class)))
    public Response create(@RequestBody(required = true) ServiceDto body) {
        Service service = catalogue.create(body == null ? null : body.data());
        return Versions.created(
                service,
                ServiceDto.of(service),
                uri.getAbsolutePathBuilder()
                        .path(String.valueOf(service.getId()))
                        .build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Change a service",
            description = "The body carries the version that was read; a stale one gives 409.")
    @APIResponse(
            responseCode = "200",
            description = "The service as it is now",
            content = @Content(schema = @Schema(implementation = ServiceDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) ServiceDto body) {
        Service service = catalogue.update(id, body == null ? null : body.data());
        return Versions.ok(service, ServiceDto.of(service));
    }

    @POST
    @Path("{id}/launch")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Put a pipeline service into operation")
    @APIResponse(
            responseCode = "200",
            description = "The service as it is now",
            content = @Content(schema = @Schema(implementation = ServiceDto.class)))
    public Response launch(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        Service service = catalogue.launch(id, expected.of(body));
        return Versions.ok(service, ServiceDto.of(service));
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Retire a service")
    @APIResponse(
            responseCode = "200",
            description = "The service as it is now",
            content = @Content(schema = @Schema(implementation = ServiceDto.class)))
    public Response retire(@PathParam("id") Long id, VersionData body, @BeanParam ExpectedVersion expected) {
        Service service = catalogue.retire(id, expected.of(body));
        return Versions.ok(service, ServiceDto.of(service));
    }
}
