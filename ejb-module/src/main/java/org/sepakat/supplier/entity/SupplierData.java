package org.sepakat.supplier.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user enters for a supplier; {@code customerId} only for a customer acting as a supplier,
 * {@code version} is the one they read (null when creating).
 */
public record SupplierData(
        @NotBlank(message = "{sepakat.code.required}")
        @Size(max = 30, message = "{sepakat.code.size}")
        @Pattern(regexp = "^([A-Za-z0-9][A-Za-z0-9_-]*)?$", message = "{sepakat.code.pattern}")
        String code,

        @NotBlank(message = "{sepakat.name.required}") @Size(max = 200, message = "{sepakat.name.size}")
        String name,

        @NotNull(message = "{sepakat.supplierKind.required}")
        SupplierKind kind,

        Long customerId,
        Long version) {}
