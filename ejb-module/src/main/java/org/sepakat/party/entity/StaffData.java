package org.sepakat.party.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The profile an administrator may correct; the user name comes from the registry and stays. */
public record StaffData(
        @NotBlank(message = "{sepakat.displayName.required}") @Size(max = 200, message = "{sepakat.name.size}")
        String displayName,

        @Email(message = "{sepakat.email.invalid}") @Size(max = 200, message = "{sepakat.email.size}")
        String email,

        Long version) {}
