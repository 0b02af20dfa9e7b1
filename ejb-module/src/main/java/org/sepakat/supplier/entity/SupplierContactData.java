package org.sepakat.supplier.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters for a person at a supplier (SUP-8); {@code version} is the one they read. */
public record SupplierContactData(
        @NotBlank(message = "{sepakat.name.required}") @Size(max = 200, message = "{sepakat.name.size}")
        String name,

        @Email(message = "{sepakat.email.invalid}") @Size(max = 200, message = "{sepakat.email.size}")
        String email,

        @Size(max = 40, message = "{sepakat.phone.size}")
        @Pattern(regexp = "^[0-9 +()./-]*$", message = "{sepakat.phone.pattern}")
        String phone,

        @Size(max = 200, message = "{sepakat.contactRole.size}")
        String role,

        Long version) {}
