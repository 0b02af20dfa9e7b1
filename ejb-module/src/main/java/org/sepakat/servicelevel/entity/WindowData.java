package org.sepakat.servicelevel.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.sepakat.shared.terms.Recurrence;

public record WindowData(
        @NotBlank(message = "{sepakat.name.required}") @Size(max = 200, message = "{sepakat.name.size}")
        String name,

        @NotNull(message = "{sepakat.recurrence.required}") Recurrence recurrence,
        LocalDate onDate,
        DayOfWeek onDayOfWeek,
        Integer onDayOfMonth,
        @NotNull(message = "{sepakat.startsAt.required}") LocalTime startsAt,
        @NotNull(message = "{sepakat.duration.required}") Integer durationMinutes) {

    public MaintenanceWindow toWindow() {
        return new MaintenanceWindow(
                name.trim(), recurrence, onDate, onDayOfWeek, onDayOfMonth, startsAt, durationMinutes);
    }
}
