package org.sepakat.measurement.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.OpeningHours;
import org.sepakat.shared.terms.WindowTerm;

/**
 * The open time a review measures with: a calendar's weekly hours minus its holidays (the semantics
 * of servicelevel's {@code ServiceCalendar.businessTimeBetween}), or round the clock, optionally minus maintenance
 * windows in the SLA's zone. Two equal definitions describe the same timeline, so its id is derived
 * from the text of the definition.
 */
public final class TimelineDefinition {

    private static final long DAY = 86_400;
    /** A window lasts at most 7 days, so one starting 8 days before a range can still reach into it. */
    private static final int WINDOW_REACH_DAYS = 8;

    private final ZoneId calendarZone;
    private final List<OpeningHours> hours;
    private final List<LocalDate> holidays;
    private final ZoneId windowZone;
    private final List<WindowTerm> windows;
    private final String text;

    private TimelineDefinition(
            ZoneId calendarZone,
            List<OpeningHours> hours,
            List<LocalDate> holidays,
            ZoneId windowZone,
            List<WindowTerm> windows) {
        this.calendarZone = calendarZone;
        this.hours = hours;
        this.holidays = holidays.stream().distinct().sorted().toList();
        this.windowZone = windowZone;
        this.windows = windows.stream()
                .sorted(Comparator.comparing(WindowTerm::describe))
                .toList();
        this.text = describe();
    }

    /** Every second is open (targets without a calendar). */
    public static TimelineDefinition roundTheClock() {
        return new TimelineDefinition(null, List.of(), List.of(), null, List.of());
    }

    public static TimelineDefinition of(CalendarTerm calendar) {
        return new TimelineDefinition(
                ZoneId.of(calendar.timeZone()), calendar.hours(), calendar.holidays(), null, List.of());
    }

    /** This open time minus the maintenance windows, which recur in the given (the SLA's) zone. */
    public TimelineDefinition without(List<WindowTerm> maintenance, String zone) {
        if (maintenance.isEmpty()) {
            return this;
        }
        return new TimelineDefinition(calendarZone, hours, holidays, ZoneId.of(zone), maintenance);
    }

    public boolean hasWindows() {
        return !windows.isEmpty();
    }

    private String describe() {
        String open = calendarZone == null
                ? "24x7"
                : calendarZone.getId() + " "
                        + hours.stream().map(OpeningHours::describe).sorted().collect(Collectors.joining(","))
                        + " closed "
                        + holidays.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        return windows.isEmpty()
                ? open
                : open + " minus " + windowZone.getId() + " "
                        + windows.stream().map(WindowTerm::describe).collect(Collectors.joining(","));
    }

    public String text() {
        return text;
    }

    /** Stable id of this definition: the first 8 bytes of its SHA-256, positive. */
    public long id() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The open intervals [from, to) of epoch seconds within [from, to), sorted and disjoint. */
    public List<long[]> openIntervals(long from, long to) {
        List<long[]> open = calendarZone == null ? List.of(new long[] {from, to}) : calendarIntervals(from, to);
        return windows.isEmpty() ? open : Intervals.minus(open, windowIntervals(from, to));
    }

    private List<long[]> calendarIntervals(long from, long to) {
        List<long[]> open = new ArrayList<>();
        LocalDate last = Instant.ofEpochSecond(to).atZone(calendarZone).toLocalDate();
        for (LocalDate day = Instant.ofEpochSecond(from).atZone(calendarZone).toLocalDate();
                !day.isAfter(last);
                day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            for (OpeningHours window : hours) {
                if (window.day() == day.getDayOfWeek()) {
                    long opens = window.opensOn(day).atZone(calendarZone).toEpochSecond();
                    long closes = window.closesOn(day).atZone(calendarZone).toEpochSecond();
                    Intervals.addClipped(open, opens, closes, from, to);
                }
            }
        }
        return Intervals.union(open);
    }

    private List<long[]> windowIntervals(long from, long to) {
        List<long[]> closed = new ArrayList<>();
        LocalDate last = Instant.ofEpochSecond(to).atZone(windowZone).toLocalDate();
        for (LocalDate day = Instant.ofEpochSecond(from)
                        .atZone(windowZone)
                        .toLocalDate()
                        .minusDays(WINDOW_REACH_DAYS);
                !day.isAfter(last);
                day = day.plusDays(1)) {
            for (WindowTerm window : windows) {
                if (window.startsOn(day)) {
                    long starts =
                            day.atTime(window.startsAt()).atZone(windowZone).toEpochSecond();
                    Intervals.addClipped(closed, starts, starts + window.durationMinutes() * 60L, from, to);
                }
            }
        }
        return Intervals.union(closed);
    }

    /**
     * The slots of the UTC days {@code firstDay..lastDay}: every day cut into open and closed pieces,
     * each with the business seconds before it, counted from {@code cumStart} at the first day's start.
     */
    public List<Slot> slots(long firstDay, long lastDay, long cumStart) {
        List<Slot> slots = new ArrayList<>();
        long cum = cumStart;
        List<long[]> open = openIntervals(firstDay * DAY, (lastDay + 1) * DAY);
        int next = 0;
        for (long day = firstDay; day <= lastDay; day++) {
            long at = day * DAY;
            long dayEnd = at + DAY;
            while (at < dayEnd) {
                while (next < open.size() && open.get(next)[1] <= at) {
                    next++;
                }
                if (next < open.size() && open.get(next)[0] <= at) {
                    long until = Math.min(open.get(next)[1], dayEnd);
                    slots.add(new Slot(day, at, until, cum, true));
                    cum += until - at;
                    at = until;
                } else {
                    long until = next < open.size() ? Math.min(open.get(next)[0], dayEnd) : dayEnd;
                    slots.add(new Slot(day, at, until, cum, false));
                    at = until;
                }
            }
        }
        return slots;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimelineDefinition definition && text.equals(definition.text);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
