package org.sepakat.improvement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/**
 * What raised an improvement opportunity: its kind, a reference a person can read (e.g.
 * "SLA-FIN-2026 / 2026-10") and, when a process raised it, the type and id of the record behind
 * it, so the opportunity stays linked to the result that raised it (SLM-8, BRM-9).
 */
@Embeddable
public class ImprovementSource {

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 30)
    private SourceKind kind;

    @Column(name = "source_reference", length = 200)
    private String reference;

    @Column(name = "source_record_type", length = 60)
    private String recordType;

    @Column(name = "source_record_id")
    private Long recordId;

    /** The line of the record it is about, e.g. the name of the missed target in a period report; may be null. */
    @Column(name = "source_line", length = 240)
    private String line;

    protected ImprovementSource() {}

    /**
     * @throws InvalidInput when a process source names no reference, or a record id comes without its type
     */
    public ImprovementSource(SourceKind kind, String reference, String recordType, Long recordId) {
        this.kind = Objects.requireNonNull(kind);
        this.reference = blankToNull(reference);
        this.recordType = blankToNull(recordType);
        this.recordId = recordId;
        if (kind != SourceKind.MANUAL && this.reference == null) {
            throw InvalidInput.of("sourceReference", "error.improvement.sourceReference", kind);
        }
        if ((this.recordType == null) != (recordId == null)) {
            throw InvalidInput.of("sourceRecordType", "error.improvement.sourceRecord");
        }
    }

    /** Raised by a person, with an optional note of where it came from. */
    public static ImprovementSource manual(String reference) {
        return new ImprovementSource(SourceKind.MANUAL, reference, null, null);
    }

    /**
     * Recorded by a person: any kind, with a reference, but never linked to a record. Only the
     * process that raised an opportunity links it to its record; a link entered by hand could
     * pre-empt that process's own follow-up (X-3).
     *
     * @throws InvalidInput naming each link field given
     */
    public static ImprovementSource enteredByHand(SourceKind kind, String reference, String recordType, Long recordId) {
        List<FieldProblem> processOnly = new ArrayList<>();
        if (recordType != null) {
            processOnly.add(FieldProblem.of("sourceRecordType", "error.improvement.sourceRecordByProcess"));
        }
        if (recordId != null) {
            processOnly.add(FieldProblem.of("sourceRecordId", "error.improvement.sourceRecordByProcess"));
        }
        if (!processOnly.isEmpty()) {
            throw new InvalidInput(processOnly);
        }
        return new ImprovementSource(kind, reference, null, null);
    }

    /** Raised by a process from one of its records, e.g. a missed target of an SLA's period. */
    public static ImprovementSource of(SourceKind kind, String reference, String recordType, Long recordId) {
        return new ImprovementSource(kind, reference, recordType, recordId);
    }

    /**
     * Raised by a process from one line of one of its records, e.g. one missed target of an SLA's
     * period report: each line is owned and closed on its own.
     */
    public static ImprovementSource ofLine(
            SourceKind kind, String reference, String recordType, Long recordId, String line) {
        return new ImprovementSource(kind, reference, recordType, recordId).withLine(line);
    }

    /** The same source about this line of its record (null: the whole record). */
    public ImprovementSource withLine(String line) {
        ImprovementSource source = new ImprovementSource(kind, reference, recordType, recordId);
        source.line = blankToNull(line);
        return source;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getLine() {
        return line;
    }

    /** The linked record as the history shows it, e.g. "ServiceLevelAgreement #1051". */
    public String recordText() {
        return recordType == null ? null : recordType + " #" + recordId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImprovementSource source
                && kind == source.kind
                && Objects.equals(reference, source.reference)
                && Objects.equals(recordType, source.recordType)
                && Objects.equals(recordId, source.recordId)
                && Objects.equals(line, source.line);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, reference, recordType, recordId, line);
    }
}
