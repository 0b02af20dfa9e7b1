package org.sepakat.api.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sepakat.improvement.entity.ImprovementData;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.ImprovementStatus;
import org.sepakat.improvement.entity.Occurrence;
import org.sepakat.improvement.entity.SourceKind;

/**
 * An improvement opportunity as the API reads and writes it (never the entity itself): a GET's body
 * PUT back changes nothing. The source is fixed once recorded; status, outcome and reason change
 * only through start, complete and reject.
 */
@Schema(description = "An improvement opportunity (X-3)")
public record ImprovementDto(
        @Schema(readOnly = true) Long id,

        @Schema(description = "The version read; required on PUT")
        Long version,

        @Schema(readOnly = true, example = "IMP-000123") String number,

        @Schema(required = true, example = "Shorten P1 response")
        String title,

        @Schema(required = true) String description,
        @Schema(required = true) SourceKind sourceKind,
        @Schema(example = "SLA-FIN-2026 / 2026-10") String sourceReference,

        @Schema(description = "Set only by a process; a person's request naming it is refused")
        String sourceRecordType,

        @Schema(description = "Set only by a process; a person's request naming it is refused")
        Long sourceRecordId,

        @Schema(
                readOnly = true,
                description = "The line of the source record it is about (a missed target or exceeded limit of a "
                        + "period report), set by the process that raised it",
                example = "Response P1")
        String sourceLine,

        @Schema(
                readOnly = true,
                description = "Repeats recorded on it while open, oldest first: the same line missed or exceeded "
                        + "again in the next month's report")
        List<OccurrenceDto> occurrences,

        @Schema(required = true, description = "A staff user name", example = "slaman")
        String owner,

        @Schema(required = true) LocalDate dueOn,
        @Schema(required = true) ImprovementPriority priority,
        @Schema(readOnly = true) ImprovementStatus status,
        @Schema(readOnly = true) String outcome,
        @Schema(readOnly = true) String rejectionReason,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) String createdBy,
        @Schema(readOnly = true) Instant changedAt,
        @Schema(readOnly = true) String changedBy) {

    public static ImprovementDto of(ImprovementOpportunity i) {
        return new ImprovementDto(
                i.getId(),
                i.getVersion(),
                i.getNumber(),
                i.getTitle(),
                i.getDescription(),
                i.getSource().getKind(),
                i.getSource().getReference(),
                i.getSource().getRecordType(),
                i.getSource().getRecordId(),
                i.getSource().getLine(),
                i.getOccurrences().stream().map(OccurrenceDto::of).toList(),
                i.getOwner(),
                i.getDueOn(),
                i.getPriority(),
                i.getStatus(),
                i.getOutcome(),
                i.getRejectionReason(),
                i.getCreatedAt(),
                i.getCreatedBy(),
                i.getChangedAt(),
                i.getChangedBy());
    }

    ImprovementData data() {
        return new ImprovementData(
                title,
                description,
                sourceKind,
                sourceReference,
                sourceRecordType,
                sourceRecordId,
                owner,
                dueOn,
                priority,
                version);
    }

    /** A repeat of what raised the opportunity: the record where it recurred, its reference, what was found, when. */
    @Schema(description = "A repeat recorded on an open opportunity", readOnly = true)
    public record OccurrenceDto(
            @Schema(example = "PeriodReport") String recordType,
            Long recordId,
            @Schema(example = "SLA-FIN-2026 2026-11") String reference,
            String detail,
            Instant occurredAt) {

        static OccurrenceDto of(Occurrence o) {
            return new OccurrenceDto(
                    o.getRecordType(), o.getRecordId(), o.getReference(), o.getDetail(), o.getOccurredAt());
        }
    }
}
