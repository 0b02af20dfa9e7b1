package org.sepakat.servicelevel.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.terms.CalendarTerm;

/**
 * Service hours: weekly business hours and holidays in one time zone, reusable across SLAs.
 * Targets measured "within service hours" or "within N business hours" count time with it.
 */
@Entity
@Table(name = "sl_calendar")
@NamedQuery(name = ServiceCalendar.FIND_BY_CODE, query = "SELECT c FROM ServiceCalendar c WHERE c.code = :code")
public class ServiceCalendar extends AuditedEntity {

    public static final String FIND_BY_CODE = "ServiceCalendar.findByCode";

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sl_calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<WeeklyHours> hours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sl_calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<Holiday> holidays = new ArrayList<>();

    protected ServiceCalendar() {}

    public ServiceCalendar(String code, String name, String timeZone) {
        this.code = Objects.requireNonNull(code);
        describe(name, timeZone);
    }

    public void recode(String code) {
        this.code = Objects.requireNonNull(code);
    }

    public void describe(String name, String timeZone) {
        this.name = Objects.requireNonNull(name);
        this.timeZone = zone(timeZone).getId();
    }

    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException e) {
            throw InvalidInput.of("timeZone", "error.calendar.zone", String.valueOf(id));
        }
    }

    public void replaceHours(List<WeeklyHours> weekly) {
        List<WeeklyHours> sorted = new ArrayList<>(weekly);
        sorted.sort(Comparator.comparing(WeeklyHours::getDay).thenComparing(WeeklyHours::getOpens));
        Set<DayOfWeek> overlapping = new LinkedHashSet<>();
        for (int i = 1; i < sorted.size(); i++) {
            WeeklyHours before = sorted.get(i - 1);
            WeeklyHours next = sorted.get(i);
            boolean overlaps =
                    before.term().closesAtEndOfDay() || next.getOpens().isBefore(before.getCloses());
            if (before.getDay() == next.getDay() && overlaps) {
                overlapping.add(next.getDay());
            }
        }
        if (!overlapping.isEmpty()) {
            // every day that overlaps at once, not the first only (issue 12 §4)
            throw new InvalidInput(overlapping.stream()
                    .map(day -> FieldProblem.of("hours", "error.calendar.overlap", day))
                    .toList());
        }
        hours.clear();
        hours.addAll(sorted);
    }

    public void replaceHolidays(List<Holiday> days) {
        holidays.clear();
        holidays.addAll(
                days.stream().sorted(Comparator.comparing(Holiday::getDate)).toList());
    }

    /** Service time between two instants: the overlap with the weekly hours, holidays left out. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZoneId zone = ZoneId.of(timeZone);
        Set<LocalDate> closed = holidays.stream().map(Holiday::getDate).collect(Collectors.toSet());
        Duration total = Duration.ZERO;
        for (LocalDate day = from.atZone(zone).toLocalDate();
                !day.isAfter(to.atZone(zone).toLocalDate());
                day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            for (WeeklyHours window : hours) {
                if (window.getDay() != day.getDayOfWeek()) {
                    continue;
                }
                Instant opens = window.term().opensOn(day).atZone(zone).toInstant();
                Instant closes = window.term().closesOn(day).atZone(zone).toInstant();
                Instant start = opens.isAfter(from) ? opens : from;
                Instant end = closes.isBefore(to) ? closes : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    public boolean isServiceTime(Instant moment) {
        return !businessTimeBetween(moment, moment.plusSeconds(1)).isZero();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<WeeklyHours> getHours() {
        return List.copyOf(hours);
    }

    public List<Holiday> getHolidays() {
        return List.copyOf(holidays);
    }

    /** This calendar as the published terms read: its weekly hours and the dates of its holidays. */
    public CalendarTerm term() {
        return new CalendarTerm(
                code,
                timeZone,
                hours.stream().map(WeeklyHours::term).toList(),
                holidays.stream().map(Holiday::getDate).toList());
    }

    @Override
    public String auditKey() {
        return code;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("timeZone", timeZone);
        state.put("hours", hours.stream().map(WeeklyHours::toString).collect(Collectors.joining("; ")));
        state.put("holidays", holidays.stream().map(Holiday::toString).collect(Collectors.joining("; ")));
        return state;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceCalendar calendar && Objects.equals(code, calendar.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
