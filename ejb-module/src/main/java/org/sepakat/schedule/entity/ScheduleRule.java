package org.sepakat.schedule.entity;

import jakarta.ejb.ScheduleExpression;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sepakat.shared.entity.Period;

/**
 * When a monthly review runs and which month it reviews: on a day of the month at
 * {@code hour:minute} in {@code zone}, for the calendar month before the run. The day is counted
 * from the month's start up to the 28th, which every month has, or from its end for month-end
 * reporting: {@value #LAST_DAY} is the last day, −1..−{@value #MOST_DAYS_BEFORE_LAST} that many days
 * before it (the calendar timer's "Last" and "-1".."-3").
 */
public record ScheduleRule(int dayOfMonth, int hour, int minute, ZoneId zone) {

    /** The latest day counted from the start: every month has it. */
    public static final int LATEST_FIXED_DAY = 28;
    /** The day of a run on the last day of the month, whatever its length. */
    public static final int LAST_DAY = 0;
    /** How many days before the last day a run may be: what month-end reporting asks for. */
    public static final int MOST_DAYS_BEFORE_LAST = 3;
    /** The earliest day setting, {@value} = 3 days before the last day. */
    public static final int EARLIEST_DAY = LAST_DAY - MOST_DAYS_BEFORE_LAST;

    public ScheduleRule {
        if (dayOfMonth < EARLIEST_DAY || dayOfMonth > LATEST_FIXED_DAY) {
            throw new IllegalArgumentException("day of month must be 1.." + LATEST_FIXED_DAY + ", " + LAST_DAY
                    + " (the last day) or -1.." + EARLIEST_DAY + " (days before the last day): " + dayOfMonth);
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new IllegalArgumentException("not a time of day: " + hour + ":" + minute);
        }
        Objects.requireNonNull(zone);
    }

    /**
     * The rule that runs on {@code date} at that time: its day counted from the month's start when it
     * is at most the 28th, else from the month's end (the 30th of a 31-day month is −1).
     */
    public static ScheduleRule on(LocalDate date, int hour, int minute, ZoneId zone) {
        int day = date.getDayOfMonth();
        return new ScheduleRule(day <= LATEST_FIXED_DAY ? day : day - date.lengthOfMonth(), hour, minute, zone);
    }

    /** @throws DateTimeException when the zone id is unknown */
    public static ZoneId zone(String zoneId) {
        return ZoneId.of(zoneId.trim());
    }

    /** Whether the day is counted back from the month's last day. */
    public boolean countsFromMonthEnd() {
        return dayOfMonth <= LAST_DAY;
    }

    /** The day it runs in {@code month}: the same for every month up to the 28th, else as long as the month is. */
    public LocalDate dayIn(YearMonth month) {
        return countsFromMonthEnd() ? month.atEndOfMonth().plusDays(dayOfMonth) : month.atDay(dayOfMonth);
    }

    /** The calendar timer's expression: second 0 of the minute, in the schedule's own zone. */
    public ScheduleExpression expression() {
        return new ScheduleExpression()
                .dayOfMonth(dayOfMonth == LAST_DAY ? "Last" : String.valueOf(dayOfMonth))
                .hour(hour)
                .minute(minute)
                .second(0)
                .month("*")
                .year("*")
                .timezone(zone.getId());
    }

    /** The day as the history keeps it, in no language: "15", "last", "last-2". */
    public String dayText() {
        if (!countsFromMonthEnd()) {
            return String.valueOf(dayOfMonth);
        }
        return dayOfMonth == LAST_DAY ? "last" : "last" + dayOfMonth;
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
        YearMonth month = YearMonth.from(local);
        ZonedDateTime candidate = runIn(month);
        if (!candidate.isAfter(local)) {
            candidate = runIn(month.plusMonths(1));
        }
        return candidate.toInstant();
    }

    private ZonedDateTime runIn(YearMonth month) {
        return ZonedDateTime.of(dayIn(month), LocalTime.of(hour, minute), zone);
    }
}
