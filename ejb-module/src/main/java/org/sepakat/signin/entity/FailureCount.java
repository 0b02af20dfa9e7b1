package org.sepakat.signin.entity;

import java.time.Instant;

/**
 * What an administrator sees of one subject's failed sign-ins: failures in a row, all counted,
 * the last one, and until when it is refused ({@code null} when it is not).
 */
public record FailureCount(
        SubjectKind kind,
        String subject,
        int failures,
        long total,
        Instant lastFailure,
        Instant refusedUntil,
        boolean locked) {}
