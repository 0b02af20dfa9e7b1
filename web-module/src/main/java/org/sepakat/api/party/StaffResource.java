package org.sepakat.api.party;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.sepakat.api.party.Representations.StaffDto;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.Versions;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "The provider's people, as the user registry knows them")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class StaffResource {

    @Inject
    StaffDirectory staff;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List staff",
            description = "Filters: username, displayName, email (contains). Sort: username, displayName, email.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "username", description = "The user name contains this", example = "sla"),
                @ListQuery.Filter(
                        name = "displayName",
                        description = "The display name contains this",
                        example = "Sari"),
                @ListQuery.Filter(
                        name = "email",
                        description = "The e-mail address contains this",
                        example = "@sepakat.example")
            },
            sort = {"username", "displayName", "email"},
            defaultSort = "displayName")
    public Paging.PageDto<StaffDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(staff.list(request), request, StaffDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One member of staff")
    @APIResponse(
            responseCode = "200",
            description = "The staff as it is now",
            content = @Content(schema = @Schema(implementation = StaffDto.class)))
    public Response get(@PathParam("id") Long id) {
        Staff member = staff.find(id);
        return Versions.ok(member, StaffDto.of(member));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Correct display name and e-mail (administrators)")
    @APIResponse(
            responseCode = "200",
            description = "The staff as it is now",
            content = @Content(schema = @Schema(implementation = StaffDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) StaffDto body) {
        Staff member = staff.update(id, body == null ? null : body.data());
        return Versions.ok(member, StaffDto.of(member));
    }
}
