package org.sepakat.schedule.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A review run asked for by hand or by another system: the month (YYYY-MM), optionally how many
 * SLAs one chunk reviews and how long to pause between chunks (to spare a busy database).
 */
public record RunData(
        @NotBlank(message = "{sepakat.period.month}")
        @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "{sepakat.period.month}")
        String period,

        @Min(value = 1, message = "{sepakat.itemCount.range}")
        @Max(value = 10000, message = "{sepakat.itemCount.range}")
        Integer itemCount,

        @Min(value = 0, message = "{sepakat.pause.range}") @Max(value = 60_000, message = "{sepakat.pause.range}")
        Long pauseMillisBetweenChunks) {}
