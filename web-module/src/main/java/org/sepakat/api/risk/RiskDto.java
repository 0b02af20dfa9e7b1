package org.sepakat.api.risk;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sepakat.risk.entity.Risk;
import org.sepakat.risk.entity.RiskLevel;
import org.sepakat.risk.entity.RiskStatus;
import org.sepakat.risk.entity.RiskTreatment;

/**
 * A risk as the API reads it (never the entity itself). The alignment check opens risks and
 * writes their findings; people change them only through treatment and closure.
 */
@Schema(description = "A risk of the risk register (SUP-7)")
public record RiskDto(
        @Schema(readOnly = true) Long id,

        @Schema(readOnly = true, description = "The version; send it back to treat or close")
        Long version,

        @Schema(readOnly = true, example = "RSK-000123") String number,

        @Schema(readOnly = true, example = "Response P1 of SLA-FIN-2026 not underpinned by UC-HOST-2026")
        String title,

        @Schema(readOnly = true, description = "The latest finding of the alignment check, with the numbers compared")
        String finding,

        @Schema(readOnly = true, description = "What the finding is about; the same misalignment has the same key")
        String sourceKey,

        @Schema(readOnly = true, description = "A staff user name", example = "slaman")
        String owner,

        @Schema(readOnly = true, description = "The customer whose SLA it concerns")
        Long customerId,

        @Schema(readOnly = true) Long slaId,
        @Schema(readOnly = true, example = "SLA-FIN-2026") String slaReference,
        @Schema(readOnly = true, example = "Response P1") String slaTarget,
        @Schema(readOnly = true) Long agreementId,
        @Schema(readOnly = true, example = "UC-HOST-2026") String agreementReference,
        @Schema(readOnly = true, example = "Response P1") String agreementTarget,
        @Schema(readOnly = true) RiskLevel likelihood,
        @Schema(readOnly = true) RiskLevel impact,
        @Schema(readOnly = true) RiskTreatment treatment,
        @Schema(readOnly = true) String plan,
        @Schema(readOnly = true) LocalDate reviewOn,
        @Schema(readOnly = true) String acceptanceReason,
        @Schema(readOnly = true) RiskStatus status,
        @Schema(readOnly = true) String closureEvidence,

        @Schema(readOnly = true, description = "When a later check found it aligned; null while the finding stands")
        Instant alignedSince,

        @Schema(readOnly = true, description = "What that later check found")
        String alignedEvidence,

        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) String createdBy,
        @Schema(readOnly = true) Instant changedAt,
        @Schema(readOnly = true) String changedBy) {

    public static RiskDto of(Risk r) {
        return new RiskDto(
                r.getId(),
                r.getVersion(),
                r.getNumber(),
                r.getTitle(),
                r.getFinding(),
                r.getSourceKey(),
                r.getOwner(),
                r.getCustomerId(),
                r.getSlaId(),
                r.getSlaReference(),
                r.getSlaTarget(),
                r.getAgreementId(),
                r.getAgreementReference(),
                r.getAgreementTarget(),
                r.getLikelihood(),
                r.getImpact(),
                r.getTreatment(),
                r.getPlan(),
                r.getReviewOn(),
                r.getAcceptanceReason(),
                r.getStatus(),
                r.getClosureEvidence(),
                r.getAlignedSince(),
                r.getAlignedEvidence(),
                r.getCreatedAt(),
                r.getCreatedBy(),
                r.getChangedAt(),
                r.getChangedBy());
    }
}
