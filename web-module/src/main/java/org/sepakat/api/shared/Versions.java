package org.sepakat.api.shared;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.InvalidInput;

/**
 * Optimistic concurrency over HTTP: every representation carries its version (also as ETag);
 * a write names the version it read, in the body, as {@code ?version=} or as If-Match.
 */
public final class Versions {

    private Versions() {}

    public static long required(Long queryVersion, String ifMatch) {
        return required(null, queryVersion, ifMatch);
    }

    /**
     * The version the caller read, wherever it was sent: in the body, as {@code ?version=} or as If-Match.
     * Given more than once it must be the same everywhere; not given at all is refused.
     */
    public static long required(Long bodyVersion, Long queryVersion, String ifMatch) {
        Set<Long> given = new TreeSet<>();
        Stream.of(bodyVersion, queryVersion, tag(ifMatch))
                .filter(Objects::nonNull)
                .forEach(given::add);
        if (given.size() > 1) {
            throw InvalidInput.of("version", "error.version.conflict", given.toString());
        }
        if (given.isEmpty()) {
            throw InvalidInput.of("version", "error.version.required");
        }
        return given.iterator().next();
    }

    private static Long tag(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.trim().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "error.version.format", ifMatch);
        }
    }

    public static Response ok(AuditedEntity record, Object body) {
        return Response.ok(body)
                .tag(new EntityTag(String.valueOf(record.getVersion())))
                .build();
    }

    public static Response created(AuditedEntity record, Object body, java.net.URI location) {
        return Response.created(location)
                .entity(body)
                .tag(new EntityTag(String.valueOf(record.getVersion())))
                .build();
    }
}
