package org.sepakat.api.servicelevel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.sepakat.api.servicelevel.SlaRepresentations.CalendarDto;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.Versions;
import org.sepakat.servicelevel.boundary.Calendars;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("calendars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars", description = "Service hours: weekly business hours and holidays in a time zone")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class CalendarResource {

    @Inject
    Calendars calendars;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List calendars", description = "Filters: code, name (contains). Sort: code, name, timeZone.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "code", description = "The code contains this", example = "JKT"),
                @ListQuery.Filter(name = "name", description = "The name contains this", example = "Jakarta")
            },
            sort = {"code", "name", "timeZone"},
            defaultSort = "code")
    public Paging.PageDto<CalendarDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(calendars.list(request), request, CalendarDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One calendar")
    @APIResponse(
            responseCode = "200",
            description = "The calendar as it is now",
            content = @Content(schema = @Schema(implementation = CalendarDto.class)))
    public Response get(@PathParam("id") Long id) {
        ServiceCalendar calendar = calendars.find(id);
        return Versions.ok(calendar, CalendarDto.of(calendar));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Create a calendar")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CalendarDto.class)))
    public Response create(@RequestBody(required = true) CalendarDto body) {
        ServiceCalendar calendar = calendars.create(body == null ? null : body.data());
        return Versions.created(
                calendar,
                CalendarDto.of(calendar),
                uri.getAbsolutePathBuilder()
                        .path(String.valueOf(calendar.getId()))
                        .build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Change a calendar")
    @APIResponse(
            responseCode = "200",
            description = "The calendar as it is now",
            content = @Content(schema = @Schema(implementation = CalendarDto.class)))
    public Response update(@PathParam("id") Long id, @RequestBody(required = true) CalendarDto body) {
        ServiceCalendar calendar = calendars.update(id, body == null ? null : body.data());
        return Versions.ok(calendar, CalendarDto.of(calendar));
    }
}
