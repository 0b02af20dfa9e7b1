package org.sepakat.signin.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * How many failures in a row a subject may have before it waits, how the wait grows, and when it
 * is locked. A streak ends when the subject's last failure is older than the lock itself.
 *
 * @param free failures in a row answered without any wait
 * @param lockAt failures in a row that lock the subject for {@code lock}
 * @param firstDelay the wait after the first failure beyond {@code free}; it doubles with each further one
 * @param lock how long a lock lasts
 */
public record ThrottlePolicy(int free, int lockAt, Duration firstDelay, Duration lock) {

    public ThrottlePolicy {
        if (free < 0 || lockAt <= free) {
            throw new IllegalArgumentException(
                    "a lock needs more failures (" + lockAt + ") than the free ones (" + free + ")");
        }
        if (firstDelay.isNegative() || lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("delays and the lock must be positive");
        }
    }

    /** The wait after the {@code failures}-th failure in a row, below the lock. */
    Duration delayAfter(int failures) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(lock) > 0 ? lock : delay;
    }

    boolean locks(int failures) {
        return failures >= lockAt;
    }

    boolean streakOver(Instant lastFailure, Instant now) {
        return lastFailure == null || !lastFailure.plus(lock).isAfter(now);
    }
}
