package org.sepakat.schedule.entity;

import jakarta.ejb.ScheduleExpression;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sepakat.shared.entity.Period;

/**
 * When a monthly review runs and which month it reviews: on day {@code dayOfMonth} at
 * {@code hour:minute} in {@code zone}, for the calendar month before the run. Days stop at 28
 * so every month has the run day.
 */
public record ScheduleRule(int dayOfMonth, int hour, int minute, ZoneId zone) {

    public static final int LAST_DAY = 28;

    public ScheduleRule {
        if (dayOfMonth < 1 || dayOfMonth > LAST_DAY) {
            throw new IllegalArgumentException("day of month must be 1.." + LAST_DAY + ": " + dayOfMonth);
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new IllegalArgumentException("not a time of day: " + hour + ":" + minute);
        }
        Objects.requireNonNull(zone);
    }

    /** @throws DateTimeException when the zone id is unknown */
    public static ZoneId zone(String zoneId) {
        return ZoneId.of(zoneId.trim());
    }

    /** The calendar timer's expression: second 0 of the minute, in the schedule's own zone. */
    public ScheduleExpression expression() {
        return new ScheduleExpression()
                .dayOfMonth(dayOfMonth)
                .hour(hour)
                .minute(minute)
                .second(0)
                .month("*")
                .year("*")
                .timezone(zone.getId());
    }

    /** The month a run at {@code firedAt} reviews: the one before, as the schedule's zone sees it. */
    public Period periodReviewedAt(Instant firedAt) {
        return Period.containing(firedAt.atZone(zone).toLocalDate()).previous();
    }

    /**
     * The months a run at {@code firedAt} reviews: the month before it and, when runs were missed
     * (the server was down), every month after {@code lastReviewed} up to it, at most
     * {@code maxMonths} of the latest.
     */
    public List<Period> periodsDue(Period lastReviewed, Instant firedAt, int maxMonths) {
        Period latest = periodReviewedAt(firedAt);
        Period first = latest;
        if (lastReviewed != null) {
            Period oldestAllowed = latest.minusMonths(maxMonths - 1L);
            Period afterLast = lastReviewed.next();
            first = afterLast.isBefore(oldestAllowed) ? oldestAllowed : afterLast;
        }
        List<Period> due = new ArrayList<>();
        for (Period period = first; !period.isAfter(latest); period = period.next()) {
            due.add(period);
        }
        return due;
    }

    /** The first run strictly after {@code now}. */
    public Instant nextRunAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = local.withDayOfMonth(dayOfMonth).with(LocalTime.of(hour, minute));
        if (!candidate.isAfter(local)) {
            candidate = candidate.plusMonths(1).withDayOfMonth(dayOfMonth).with(LocalTime.of(hour, minute));
        }
        return candidate.toInstant();
    }
}
