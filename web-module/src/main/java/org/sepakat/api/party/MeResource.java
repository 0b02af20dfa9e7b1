package org.sepakat.api.party;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.common.StaffSync;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.Roles;

/**
 * The caller's own profile (issue 12 §3): the language and time zone they read the application in, the
 * same choices the header's menus store. Every moment the API returns stays ISO-8601 with its offset,
 * whatever zone is chosen here: the zone is for people reading pages, documents and notices.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Profile", description = "The caller's own language and time zone")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class MeResource {

    @Inject
    StaffDirectory staff;

    @Inject
    StaffSync staffSync;

    @Context
    SecurityContext security;

    @Schema(description = "The caller's profile; a PUT changes the language and zone it names and leaves out the rest")
    public record MeDto(
            @Schema(readOnly = true, example = "slaman") String username,

            @Schema(readOnly = true, example = "Sari Service Level")
            String displayName,

            @Schema(
                    description = "The language of pages, documents and notices",
                    enumeration = {"en", "id"},
                    example = "id")
            String language,

            @Schema(
                    description = "The IANA time zone moments are shown in on pages, documents and notices;"
                            + " none chosen: the server's",
                    example = "Asia/Jakarta")
            String zone,

            @Schema(readOnly = true, description = "The zone's offset from UTC now", example = "+07:00")
            String zoneOffset) {

        static MeDto of(Staff s, ZoneId zone) {
            String offset = zone.getRules().getOffset(Instant.now()).getId();
            return new MeDto(
                    s.getUsername(),
                    s.getDisplayName(),
                    s.getUiLocale(),
                    zone.getId(),
                    "Z".equals(offset) ? "+00:00" : offset);
        }
    }

    @GET
    @Operation(summary = "The caller's profile: language and time zone")
    @APIResponse(
            responseCode = "200",
            description = "The profile as it is now",
            content = @Content(schema = @Schema(implementation = MeDto.class)))
    public MeDto get() {
        return MeDto.of(me(), zoneOf(me()));
    }

    @PUT
    @Operation(
            summary = "Choose the caller's language and time zone",
            description = "A field left out or null keeps its value. An unknown zone or language is refused (400,"
                    + " naming the field).")
    @APIResponse(
            responseCode = "200",
            description = "The profile as it is now",
            content = @Content(schema = @Schema(implementation = MeDto.class)))
    public MeDto update(@RequestBody(required = true) MeDto body) {
        if (body != null && body.zone() != null) {
            staff.preferZone(body.zone());
        }
        if (body != null && body.language() != null) {
            staff.preferLanguage(body.language());
        }
        return get();
    }

    private Staff me() {
        String username = security.getUserPrincipal().getName();
        return staff.byUsername(username).orElseGet(() -> staffSync.signedIn(username));
    }

    private static ZoneId zoneOf(Staff s) {
        String id = s.getUiZone();
        return id != null && ZoneId.getAvailableZoneIds().contains(id) ? ZoneId.of(id) : ZoneId.systemDefault();
    }
}
