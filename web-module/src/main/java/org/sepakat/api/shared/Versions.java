package org.sepakat.api.shared;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.InvalidInput;

/**
 * Optimistic concurrency over HTTP: every representation carries its version (also as ETag);
 * a write names the version it read, in the body, as {@code ?version=} or as If-Match.
 */
public final class Versions {

    private Versions() {
    }

    public static long required(Long queryVersion, String ifMatch) {
        if (queryVersion != null) {
            return queryVersion;
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim().replace("W/", "").replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw InvalidInput.of("If-Match", "error.version.format", ifMatch);
            }
        }
        throw InvalidInput.of("version", "error.version.required");
    }

    public static Response ok(AuditedEntity record, Object body) {
        return Response.ok(body).tag(new EntityTag(String.valueOf(record.getVersion()))).build();
    }

    public static Response created(AuditedEntity record, Object body, java.net.URI location) {
        return Response.created(location).entity(body).tag(new EntityTag(String.valueOf(record.getVersion()))).build();
    }
}
