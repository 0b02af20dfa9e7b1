package org.sepakat.supplier.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.OpeningHours;

/**
 * A calendar's weekly service hours as minutes of one UTC week (Monday 00:00 UTC is minute 0, the
 * week has 10,080), so that calendars in different zones can be laid over each other. The zone's
 * offset is taken on the assessment day; holidays are not in the weekly model (they can only make
 * a supplier slower or cover less, which the assessment of that week does not see). Times are
 * counted to the minute. No calendar means 24×7.
 */
final class WeeklyServiceHours {

    static final int WEEK = 7 * 24 * 60;

    /** Half-open [from, to) minute ranges inside [0, WEEK), sorted, neither overlapping nor touching. */
    private final List<long[]> open;

    private final ZoneOffset offset;

    private WeeklyServiceHours(List<long[]> ranges, ZoneOffset offset) {
        this.open = merge(ranges);
        this.offset = offset;
    }

    static WeeklyServiceHours allWeek() {
        return new WeeklyServiceHours(List.of(new long[] {0, WEEK}), ZoneOffset.UTC);
    }

    /** The calendar's hours, shifted to UTC with its zone's offset on {@code on}; none: 24×7. */
    static WeeklyServiceHours of(CalendarTerm calendar, LocalDate on) {
        if (calendar == null) {
            return allWeek();
        }
        ZoneOffset offset = ZoneId.of(calendar.timeZone()).getRules().getOffset(on.atStartOfDay());
        long shift = -offset.getTotalSeconds() / 60;
        List<long[]> ranges = new ArrayList<>();
        for (OpeningHours hours : calendar.hours()) {
            long day = (hours.day().getValue() - 1L) * 24 * 60;
            long from = day + minutes(hours.opens()) + shift;
            long to = day + (hours.closesAtEndOfDay() ? 24 * 60 : minutes(hours.closes())) + shift;
            addWrapped(ranges, from, to);
        }
        return new WeeklyServiceHours(ranges, offset);
    }

    private static long minutes(LocalTime time) {
        return time.getHour() * 60L + time.getMinute();
    }

    /** Adds [from, to) taken modulo the week, split where it crosses the week's end. */
    private static void addWrapped(List<long[]> ranges, long from, long to) {
        if (to <= from) {
            return;
        }
        long start = Math.floorMod(from, WEEK);
        long end = start + (to - from);
        if (end <= WEEK) {
            ranges.add(new long[] {start, end});
        } else {
            ranges.add(new long[] {start, WEEK});
            ranges.add(new long[] {0, end - WEEK});
        }
    }

    private static List<long[]> merge(List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(r -> r[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] range : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new long[] {range[0], range[1]});
            }
        }
        return merged;
    }

    /** Service minutes in a week. */
    long weeklyMinutes() {
        return open.stream().mapToLong(r -> r[1] - r[0]).sum();
    }

    /**
     * The minute (counted from the same origin as {@code start}, possibly weeks later) at which
     * {@code service} minutes of service time have passed since {@code start}; none when the
     * calendar has no service hours. Whole weeks are skipped first: every 10,080 minutes hold
     * exactly {@link #weeklyMinutes()} of service time, wherever they start.
     */
    OptionalLong finish(long start, long service) {
        long weekly = weeklyMinutes();
        if (service <= 0) {
            return OptionalLong.of(start);
        }
        if (weekly == 0) {
            return OptionalLong.empty();
        }
        long weeks = (service - 1) / weekly;
        long remaining = service - weeks * weekly;
        long t = start + weeks * WEEK;
        long base = Math.floorDiv(t, WEEK) * WEEK;
        for (int week = 0; week < 3; week++, base += WEEK) {
            for (long[] range : open) {
                long end = base + range[1];
                if (end <= t) {
                    continue;
                }
                long from = Math.max(t, base + range[0]);
                if (remaining <= end - from) {
                    return OptionalLong.of(from + remaining);
                }
                remaining -= end - from;
                t = end;
            }
        }
        throw new IllegalStateException("a week holds " + weekly + " service minutes, yet they ran out");
    }

    /**
     * The worst-case elapsed time of {@code service} minutes of service time: the longest wall-clock
     * time, over every start minute of the week, until that much service time has passed; none when
     * the calendar has no service hours. On 24×7 it is the service time itself.
     */
    OptionalLong worstCaseElapsed(long service) {
        long worst = 0;
        for (long start = 0; start < WEEK; start++) {
            OptionalLong end = finish(start, service);
            if (end.isEmpty()) {
                return end;
            }
            worst = Math.max(worst, end.getAsLong() - start);
        }
        return OptionalLong.of(worst);
    }

    /** Whether minute {@code minute} of the UTC week is service time. */
    boolean isOpen(long minute) {
        long m = Math.floorMod(minute, WEEK);
        return open.stream().anyMatch(r -> r[0] <= m && m < r[1]);
    }

    /** The day of the week of a UTC week minute, in this calendar's zone. */
    DayOfWeek localDay(long minute) {
        return DayOfWeek.MONDAY.plus(Math.floorDiv(local(minute), 24 * 60));
    }

    /** The time of day of a UTC week minute, in this calendar's zone. */
    LocalTime localTime(long minute) {
        return LocalTime.MIN.plusMinutes(Math.floorMod(local(minute), 24 * 60));
    }

    /** The UTC week minute of minute {@code local} of this calendar's local week (Monday 00:00 local is 0). */
    long utcMinute(long local) {
        return Math.floorMod(local - offset.getTotalSeconds() / 60, WEEK);
    }

    private long local(long minute) {
        return Math.floorMod(minute + offset.getTotalSeconds() / 60, WEEK);
    }
}
