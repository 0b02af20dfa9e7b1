package org.sepakat.signin.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * Why a sign-in is not even tried: the user name or the address is waiting until {@code until}
 * after failures in a row, or is locked ({@code locked}). It never says which of the two, so an
 * unknown user name is answered exactly like a known one.
 */
public record Refusal(Instant until, boolean locked) {

    /** Whole seconds left, at least one: what Retry-After and the message show. */
    public long secondsLeft(Instant now) {
        long millis = Duration.between(now, until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Whole minutes left, at least one. */
    public long minutesLeft(Instant now) {
        return Math.max(1, (secondsLeft(now) + 59) / 60);
    }

    /** The later of two refusals, a lock before a wait. */
    public static Refusal stricter(Refusal a, Refusal b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.locked != b.locked) {
            return a.locked ? a : b;
        }
        return a.until.isAfter(b.until) ? a : b;
    }
}
