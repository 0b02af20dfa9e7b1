package org.sepakat.party.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ContactData(
        @NotBlank(message = "{sepakat.name.required}") @Size(max = 200, message = "{sepakat.name.size}")
        String name,

        @Email(message = "{sepakat.email.invalid}") @Size(max = 200, message = "{sepakat.email.size}")
        String email,

        @Size(max = 40, message = "{sepakat.phone.size}")
        @Pattern(regexp = "^[0-9 +()./-]*$", message = "{sepakat.phone.pattern}")
        String phone,

        Long version) {}
