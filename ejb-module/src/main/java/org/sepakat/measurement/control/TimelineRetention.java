package org.sepakat.measurement.control;

import java.time.LocalDate;

/**
 * How many days a timeline no review needs is kept before it is purged: the server variable
 * {@code sepakat.timeline.retention.days} (environment {@code SEPAKAT_TIMELINE_RETENTION_DAYS}),
 * 90 unless set. At least one day, so a timeline marked used today is never purged under a
 * review that is using it.
 */
public record TimelineRetention(int days) {

    public static final int DEFAULT_DAYS = 90;
    static final String SETTING = "sepakat.timeline.retention.days";

    public TimelineRetention {
        if (days < 1) {
            throw new IllegalArgumentException(SETTING + " must be a whole number of days, at least 1: " + days);
        }
    }

    /** The setting as Liberty hands a jndiEntry over: an Integer, a String, or nothing (the default). */
    public static TimelineRetention of(Object configured) {
        String text = configured == null ? "" : String.valueOf(configured).trim();
        if (text.isEmpty()) {
            return new TimelineRetention(DEFAULT_DAYS);
        }
        try {
            return new TimelineRetention(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SETTING + " must be a whole number of days, at least 1: " + text, e);
        }
    }

    /** Timelines last used before this day are purged; one used on it stays. */
    public LocalDate cutoff(LocalDate today) {
        return today.minusDays(days);
    }
}
