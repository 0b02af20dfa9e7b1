package org.sepakat.party.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A catalogue entry as entered; {@code ownerId} is a member of staff, or null. */
public record ServiceData(
        @NotBlank(message = "{sepakat.code.required}")
        @Size(max = 30, message = "{sepakat.code.size}")
        @Pattern(regexp = "^([A-Za-z0-9][A-Za-z0-9_-]*)?$", message = "{sepakat.code.pattern}")
        String code,

        @NotBlank(message = "{sepakat.name.required}") @Size(max = 200, message = "{sepakat.name.size}")
        String name,

        @Size(max = 2000, message = "{sepakat.description.size}")
        String description,

        Long ownerId,
        Long version) {}
