package org.sepakat.api.shared;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The version a write names, taken the same way by every lifecycle action and delete: from the body
 * ({@code "version"}), the query ({@code ?version=}) or If-Match; see {@link Versions#required(Long, Long, String)}.
 * Used as {@code @BeanParam ExpectedVersion expected}.
 */
public class ExpectedVersion {

    @QueryParam("version")
    @Parameter(
            description = "The version of the record that was read (or send it in the body or as If-Match)",
            example = "3")
    Long query;

    @HeaderParam("If-Match")
    @Parameter(description = "The version that was read, as the ETag of the representation (\"3\")", example = "\"3\"")
    String ifMatch;

    /** The version named by the request, given what its body says (null: the body says nothing). */
    public long of(Long bodyVersion) {
        return Versions.required(bodyVersion, query, ifMatch);
    }

    public long of(VersionData body) {
        return of(body == null ? null : body.version());
    }
}
