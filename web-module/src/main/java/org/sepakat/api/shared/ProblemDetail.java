package org.sepakat.api.shared;

import java.util.List;

/** An RFC 9457 problem document; {@code violations} lists each field that was refused and why. */
public record ProblemDetail(String type, String title, int status, String detail, String instance,
        String rule, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }
}
