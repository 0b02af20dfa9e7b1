package org.sepakat.api.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sepakat.supplier.entity.DisputeData;
import org.sepakat.supplier.entity.DisputeOutcome;
import org.sepakat.supplier.entity.DisputeStatus;
import org.sepakat.supplier.entity.SupplierDispute;

/** A supplier dispute as the API reads and writes it (never the entity itself). */
@Schema(description = "A contractual dispute with a supplier (SUP-12)")
public record DisputeDto(
        @Schema(readOnly = true) Long id,

        @Schema(description = "The version read; required on PUT and on every step")
        Long version,

        @Schema(readOnly = true, example = "DSP-000123") String number,

        @Schema(required = true, description = "The supplier; cannot change once raised")
        Long supplierId,

        @Schema(readOnly = true, example = "HOST-ID") String supplierCode,
        @Schema(readOnly = true) String supplierName,

        @Schema(description = "One of the supplier's agreements, optional")
        Long agreementId,

        @Schema(readOnly = true, example = "UC-HOST-2026") String agreementReference,

        @Schema(description = "The report, obligation or invoice it concerns", example = "Invoice INV-2026-044")
        String concerns,

        @Schema(required = true, example = "October service credits not applied")
        String subject,

        @Schema(required = true) String description,

        @Schema(required = true, description = "At least 0", example = "1500000.00")
        BigDecimal amount,

        @Schema(required = true, description = "ISO 4217", example = "IDR")
        String currency,

        @Schema(readOnly = true) String raisedBy,

        @Schema(description = "A staff user name; the supplier's contract manager when left out", example = "supman")
        String owner,

        @Schema(readOnly = true) DisputeStatus status,
        @Schema(readOnly = true) DisputeOutcome outcome,
        @Schema(readOnly = true) String resolution,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) String createdBy,
        @Schema(readOnly = true) Instant changedAt,
        @Schema(readOnly = true) String changedBy) {

    public static DisputeDto of(SupplierDispute d) {
        return new DisputeDto(
                d.getId(),
                d.getVersion(),
                d.getNumber(),
                d.getSupplier().getId(),
                d.getSupplier().getCode(),
                d.getSupplier().getName(),
                d.getAgreementId(),
                d.getAgreementReference(),
                d.getConcerns(),
                d.getSubject(),
                d.getDescription(),
                d.getAmount(),
                d.getCurrency().getCurrencyCode(),
                d.getRaisedBy(),
                d.getOwner(),
                d.getStatus(),
                d.getOutcome(),
                d.getResolution(),
                d.getCreatedAt(),
                d.getCreatedBy(),
                d.getChangedAt(),
                d.getChangedBy());
    }

    public DisputeData data(Long versionRead) {
        return new DisputeData(
                supplierId, agreementId, concerns, subject, description, amount, currency, owner, versionRead);
    }
}
