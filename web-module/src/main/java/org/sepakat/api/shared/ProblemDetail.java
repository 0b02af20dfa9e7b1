package org.sepakat.api.shared;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document; {@code violations} lists each field that was refused and why. */
@Schema(description = "RFC 9457 problem details, in the language of Accept-Language")
public record ProblemDetail(
        @Schema(required = true, example = "urn:sepakat:problem:invalid-input")
        String type,

        @Schema(required = true, example = "Invalid input") String title,
        @Schema(required = true, example = "400") int status,
        String detail,
        @Schema(description = "The path of the request") String instance,

        @Schema(description = "The requirement a business rule refusal names", example = "BRM-4")
        String rule,

        @Schema(required = true, description = "Each refused field (a path such as targets[0].metric) and why")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(
            @Schema(required = true, example = "kind") String field,
            @Schema(required = true) String message) {}
}
