package org.sepakat.supplier.entity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a user records about a supplier dispute (SUP-12); the owner is a staff user name, the
 * supplier's contract manager when left empty. {@code version} is the one read, for an update.
 */
public record DisputeData(
        @NotNull(message = "{sepakat.dispute.supplier.required}")
        Long supplierId,

        Long agreementId,

        @Size(max = SupplierDispute.CONCERNS_MAX, message = "{sepakat.dispute.concerns.size}")
        String concerns,

        @NotBlank(message = "{sepakat.dispute.subject.required}")
        @Size(max = SupplierDispute.SUBJECT_MAX, message = "{sepakat.dispute.subject.size}")
        String subject,

        @NotBlank(message = "{sepakat.dispute.description.required}")
        @Size(max = SupplierDispute.TEXT_MAX, message = "{sepakat.dispute.description.size}")
        String description,

        @NotNull(message = "{sepakat.dispute.amount.required}")
        @DecimalMin(value = "0", message = "{sepakat.dispute.amount.min}")
        @Digits(integer = 15, fraction = 2, message = "{sepakat.dispute.amount.digits}")
        BigDecimal amount,

        @NotBlank(message = "{sepakat.dispute.currency.required}")
        @Pattern(regexp = "[A-Z]{3}", message = "{sepakat.dispute.currency.code}")
        String currency,

        @Size(max = 100, message = "{sepakat.dispute.owner.size}")
        String owner,

        Long version) {}
