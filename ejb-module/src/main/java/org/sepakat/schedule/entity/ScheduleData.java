package org.sepakat.schedule.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a user enters for a review schedule; {@code version} is the one they read (null when creating).
 * {@code dayOfMonth}: 1..28, 0 the last day, -1..-3 that many days before the last day ({@link ScheduleRule}).
 */
public record ScheduleData(
        @NotBlank(message = "{sepakat.name.required}") @Size(max = 100, message = "{sepakat.name.size}")
        String name,

        @NotNull(message = "{sepakat.jobKind.required}") JobKind kind,

        @NotNull(message = "{sepakat.dayOfMonth.range}")
        @Min(value = ScheduleRule.EARLIEST_DAY, message = "{sepakat.dayOfMonth.range}")
        @Max(value = ScheduleRule.LATEST_FIXED_DAY, message = "{sepakat.dayOfMonth.range}")
        Integer dayOfMonth,

        @NotNull(message = "{sepakat.hour.range}")
        @Min(value = 0, message = "{sepakat.hour.range}")
        @Max(value = 23, message = "{sepakat.hour.range}")
        Integer hour,

        @NotNull(message = "{sepakat.minute.range}")
        @Min(value = 0, message = "{sepakat.minute.range}")
        @Max(value = 59, message = "{sepakat.minute.range}")
        Integer minute,

        @NotBlank(message = "{sepakat.timeZone.required}") @Size(max = 60, message = "{sepakat.timeZone.size}")
        String timeZone,

        boolean enabled,
        Long version) {}
