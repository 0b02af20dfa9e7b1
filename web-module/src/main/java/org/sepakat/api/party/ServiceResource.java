package org.sepakat.api.party;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.party.Representations.ServiceDto;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.Versions;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceData;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Services catalogue", description = "BRM-1: the services the provider delivers")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER, Roles.AUDITOR})
public class ServiceResource {

    @Inject
    ServiceCatalogue catalogue;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List services", description = "Filters: code, name (contains), status. Sort: code, name, status, changedAt.")
    public Paging.PageDto<ServiceDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(catalogue.list(request), request, ServiceDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One service")
    public Response get(@PathParam("id") Long id) {
        Service service = catalogue.find(id);
        return Versions.ok(service, ServiceDto.of(service));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Add a service to the catalogue")
    public Response create(ServiceData data) {
        Service service = catalogue.create(data);
        return Versions.created(service, ServiceDto.of(service), uri.getAbsolutePathBuilder().path(String.valueOf(service.getId())).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Change a service", description = "The body carries the version that was read; a stale one gives 409.")
    public Response update(@PathParam("id") Long id, ServiceData data) {
        Service service = catalogue.update(id, data);
        return Versions.ok(service, ServiceDto.of(service));
    }

    @POST
    @Path("{id}/launch")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Put a pipeline service into operation")
    public Response launch(@PathParam("id") Long id, @QueryParam("version") Long version, @HeaderParam("If-Match") String ifMatch) {
        Service service = catalogue.launch(id, Versions.required(version, ifMatch));
        return Versions.ok(service, ServiceDto.of(service));
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Retire a service")
    public Response retire(@PathParam("id") Long id, @QueryParam("version") Long version, @HeaderParam("If-Match") String ifMatch) {
        Service service = catalogue.retire(id, Versions.required(version, ifMatch));
        return Versions.ok(service, ServiceDto.of(service));
    }
}
