package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A line of a supplier agreement that is not a measured target (SUP-5, OLA-1): a contractual
 * obligation, or an OLA's commitment or activity; how often it is due and the evidence expected.
 */
@Embeddable
public class Obligation {

    @Enumerated(EnumType.STRING)
    @Column(name = "obligation_kind", nullable = false, length = 20)
    private ObligationKind kind;

    @Column(name = "obligation_text", nullable = false, length = 1000)
    private String text;

    @Column(length = 100)
    private String frequency;

    @Column(length = 500)
    private String evidence;

    protected Obligation() {}

    public Obligation(ObligationKind kind, String text, String frequency, String evidence) {
        this.kind = Objects.requireNonNull(kind);
        this.text = Objects.requireNonNull(text).trim();
        this.frequency = blankToNull(frequency);
        this.evidence = blankToNull(evidence);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public ObligationKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getFrequency() {
        return frequency;
    }

    public String getEvidence() {
        return evidence;
    }

    /** One line for documents, versions and the history. */
    public String describe() {
        StringBuilder line = new StringBuilder(kind.name()).append(": ").append(text);
        if (frequency != null) {
            line.append(" / ").append(frequency);
        }
        if (evidence != null) {
            line.append(" / ").append(evidence);
        }
        return line.toString();
    }
}
