package org.sepakat.api.improvement;

import java.time.Instant;
import java.time.LocalDate;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.ImprovementStatus;
import org.sepakat.improvement.entity.SourceKind;

/** An improvement opportunity as the API returns it; never the entity itself. */
public record ImprovementDto(Long id, long version, String number, String title, String description,
        SourceKind sourceKind, String sourceReference, String sourceRecordType, Long sourceRecordId, String owner,
        LocalDate dueOn, ImprovementPriority priority, ImprovementStatus status, String outcome, String rejectionReason,
        Instant createdAt, String createdBy, Instant changedAt, String changedBy) {

    public static ImprovementDto of(ImprovementOpportunity i) {
        return new ImprovementDto(i.getId(), i.getVersion(), i.getNumber(), i.getTitle(), i.getDescription(),
                i.getSource().getKind(), i.getSource().getReference(), i.getSource().getRecordType(),
                i.getSource().getRecordId(), i.getOwner(), i.getDueOn(), i.getPriority(), i.getStatus(), i.getOutcome(),
                i.getRejectionReason(), i.getCreatedAt(), i.getCreatedBy(), i.getChangedAt(), i.getChangedBy());
    }
}
