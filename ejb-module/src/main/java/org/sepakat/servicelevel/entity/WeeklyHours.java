package org.sepakat.servicelevel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.terms.OpeningHours;

/** Service hours on one day of the week, e.g. Monday 08:00–17:00; closing at 00:00 is 24:00 ({@link OpeningHours}). */
@Embeddable
public class WeeklyHours {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek day;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opens;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closes;

    protected WeeklyHours() {}

    public WeeklyHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        this.day = Objects.requireNonNull(day);
        this.opens = Objects.requireNonNull(opens);
        this.closes = Objects.requireNonNull(closes);
        if (!OpeningHours.closesAtEndOfDay(closes) && !closes.isAfter(opens)) {
            throw InvalidInput.of("closes", "error.calendar.hoursOrder", day, opens, closes);
        }
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public OpeningHours term() {
        return new OpeningHours(day, opens, closes);
    }

    @Override
    public String toString() {
        return term().describe();
    }

    /** The closing time as people write it: 24:00 for the end of the day. */
    public String getClosingText() {
        return OpeningHours.closingText(closes);
    }
}
