package org.sepakat.servicelevel.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

public record CalendarData(
        @NotBlank(message = "{sepakat.code.required}")
        @Size(max = 30, message = "{sepakat.code.size}")
        @Pattern(regexp = "^([A-Za-z0-9][A-Za-z0-9_-]*)?$", message = "{sepakat.code.pattern}")
        String code,

        @NotBlank(message = "{sepakat.name.required}") @Size(max = 200, message = "{sepakat.name.size}")
        String name,

        @NotBlank(message = "{sepakat.timeZone.required}") String timeZone,
        List<@Valid @NotNull Hours> hours,
        List<@Valid @NotNull Day> holidays,
        Long version) {

    public record Hours(
            @NotNull(message = "{sepakat.day.required}") DayOfWeek day,
            @NotNull(message = "{sepakat.opens.required}") LocalTime opens,
            @NotNull(message = "{sepakat.closes.required}") LocalTime closes) {}

    public record Day(
            @NotNull(message = "{sepakat.date.required}") LocalDate date,

            @Size(max = 200, message = "{sepakat.name.size}")
            String name) {}

    public CalendarData {
        hours = hours == null ? List.of() : List.copyOf(hours);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
