package org.sepakat.servicelevel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.terms.Recurrence;
import org.sepakat.shared.terms.WindowTerm;

/**
 * SLM-5: planned maintenance excluded from the measured time: once on a date, weekly on a day,
 * or monthly on a day of the month; from a time of day for a number of minutes, in the SLA's zone.
 */
@Embeddable
public class MaintenanceWindow {

    private static final int MAX_MINUTES = 7 * 24 * 60;

    @Column(name = "window_name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Recurrence recurrence;

    @Column(name = "on_date")
    private LocalDate onDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_day_of_week", length = 10)
    private DayOfWeek onDayOfWeek;

    @Column(name = "on_day_of_month")
    private Integer onDayOfMonth;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    protected MaintenanceWindow() {}

    public MaintenanceWindow(
            String name,
            Recurrence recurrence,
            LocalDate onDate,
            DayOfWeek onDayOfWeek,
            Integer onDayOfMonth,
            LocalTime startsAt,
            int durationMinutes) {
        this.name = Objects.requireNonNull(name);
        this.recurrence = Objects.requireNonNull(recurrence);
        this.startsAt = Objects.requireNonNull(startsAt);
        if (durationMinutes <= 0 || durationMinutes > MAX_MINUTES) {
            throw InvalidInput.of("durationMinutes", "error.window.duration", name, MAX_MINUTES);
        }
        this.durationMinutes = durationMinutes;
        switch (recurrence) {
            case ONCE -> this.onDate = require(onDate, "onDate");
            case WEEKLY -> this.onDayOfWeek = require(onDayOfWeek, "onDayOfWeek");
            case MONTHLY -> {
                if (onDayOfMonth == null || onDayOfMonth < 1 || onDayOfMonth > 28) {
                    throw InvalidInput.of("onDayOfMonth", "error.window.dayOfMonth", name);
                }
                this.onDayOfMonth = onDayOfMonth;
            }
            default -> throw new IllegalStateException(recurrence.name());
        }
    }

    private <T> T require(T value, String field) {
        if (value == null) {
            throw InvalidInput.of(field, "error.window.when", name);
        }
        return value;
    }

    public String getName() {
        return name;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public DayOfWeek getOnDayOfWeek() {
        return onDayOfWeek;
    }

    public Integer getOnDayOfMonth() {
        return onDayOfMonth;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    /** This window as the published terms read. */
    public WindowTerm term() {
        return new WindowTerm(name, recurrence, onDate, onDayOfWeek, onDayOfMonth, startsAt, durationMinutes);
    }

    /** A window as restored from an agreed version; checked again. */
    public static MaintenanceWindow of(WindowTerm term) {
        return new MaintenanceWindow(
                term.name(),
                term.recurrence(),
                term.onDate(),
                term.onDayOfWeek(),
                term.onDayOfMonth(),
                term.startsAt(),
                term.durationMinutes());
    }

    public String describe() {
        return term().describe();
    }
}
