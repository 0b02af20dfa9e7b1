package org.sepakat.servicelevel.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** SLM-5: maintenance windows, excluded ticket categories, force majeure, and whether the section is stated. */
public record ExceptionsData(
        List<@Valid @NotNull WindowData> windows,
        List<@NotBlank @Size(max = 100, message = "{sepakat.category.size}") String> excludedCategories,

        @Size(max = 4000, message = "{sepakat.forceMajeure.size}")
        String forceMajeure,

        boolean stated) {

    public static final ExceptionsData NONE_STATED = new ExceptionsData(List.of(), List.of(), null, false);

    public ExceptionsData {
        windows = windows == null ? List.of() : List.copyOf(windows);
        excludedCategories = excludedCategories == null ? List.of() : List.copyOf(excludedCategories);
    }
}
