package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;

/**
 * A contractual dispute with a supplier (SUP-12), recorded and managed to closure: open, under
 * negotiation, escalated, resolved with an outcome, and closed, which is final. The agreement, when
 * named, is one of the supplier's (checked by the boundary, which loads it).
 */
@Entity
@Table(name = "sup_dispute")
public class SupplierDispute extends AuditedEntity {

    public static final int TEXT_MAX = 4000;
    public static final int SUBJECT_MAX = 200;
    public static final int CONCERNS_MAX = 200;
    private static final String RULE = "SUP-12";

    /** Derived from the generated id, like a risk's or an improvement's number. */
    @Column(name = "dispute_number", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "agreement_reference", length = 100)
    private String agreementReference;

    /** The report, obligation or invoice the dispute is about, as the user names it. */
    @Column(length = CONCERNS_MAX)
    private String concerns;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = TEXT_MAX)
    private String description;

    @Column(nullable = false, precision = 17, scale = 2)
    private BigDecimal amount;

    @Convert(converter = CurrencyConverter.class)
    @Column(nullable = false, length = 3)
    private Currency currency;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisputeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DisputeOutcome outcome;

    @Column(length = TEXT_MAX)
    private String resolution;

    protected SupplierDispute() {}

    /** Raised by a user against a supplier, owned by a member of staff (user names checked by the caller). */
    public SupplierDispute(Supplier supplier, String raisedBy, String owner, DisputeFacts facts) {
        this.supplier = Objects.requireNonNull(supplier);
        this.raisedBy = Objects.requireNonNull(raisedBy);
        this.status = DisputeStatus.OPEN;
        describe(facts, owner);
    }

    /**
     * The facts of the dispute, checked by the boundary: the agreement (id and reference, or both
     * null), what it concerns, subject, description, amount and currency.
     */
    public record DisputeFacts(
            Long agreementId,
            String agreementReference,
            String concerns,
            String subject,
            String description,
            BigDecimal amount,
            Currency currency) {}

    public static String numberFor(long id) {
        return "DSP-%06d".formatted(id);
    }

    @PrePersist
    void assignNumber() {
        if (number == null) {
            number = numberFor(Objects.requireNonNull(getId(), "the id is generated before the number"));
        }
    }

    /** Corrects the facts or hands it to another owner, while it is not resolved. */
    public void revise(DisputeFacts facts, String newOwner) {
        requireOpen();
        describe(facts, newOwner);
    }

    /** Talks with the supplier have started. */
    public void negotiate() {
        if (status != DisputeStatus.OPEN) {
            throw refused(DisputeStatus.UNDER_NEGOTIATION);
        }
        status = DisputeStatus.UNDER_NEGOTIATION;
    }

    /** Taken to a higher level, from open or from negotiation. */
    public void escalate() {
        if (status != DisputeStatus.OPEN && status != DisputeStatus.UNDER_NEGOTIATION) {
            throw refused(DisputeStatus.ESCALATED);
        }
        status = DisputeStatus.ESCALATED;
    }

    /** Resolved: the outcome and what was agreed are required. */
    public void resolve(DisputeOutcome how, String text) {
        requireOpen();
        if (how == null) {
            throw InvalidInput.of("outcome", "error.dispute.outcomeRequired", named());
        }
        if (blank(text)) {
            throw InvalidInput.of("resolution", "error.dispute.resolutionRequired", named());
        }
        outcome = how;
        resolution = requireText(text, TEXT_MAX);
        status = DisputeStatus.RESOLVED;
    }

    /** Closed once resolved; a closed dispute is final. */
    public void close() {
        if (status != DisputeStatus.RESOLVED) {
            throw refused(DisputeStatus.CLOSED);
        }
        status = DisputeStatus.CLOSED;
    }

    public boolean isClosed() {
        return status == DisputeStatus.CLOSED;
    }

    private void describe(DisputeFacts facts, String newOwner) {
        Objects.requireNonNull(facts);
        if (facts.amount() == null || facts.amount().signum() < 0) {
            throw InvalidInput.of("amount", "error.dispute.amountNegative");
        }
        this.owner = Objects.requireNonNull(newOwner);
        this.agreementId = facts.agreementId();
        this.agreementReference = facts.agreementReference();
        this.concerns = blank(facts.concerns()) ? null : requireText(facts.concerns(), CONCERNS_MAX);
        this.subject = requireText(facts.subject(), SUBJECT_MAX);
        this.description = requireText(facts.description(), TEXT_MAX);
        this.amount = facts.amount();
        this.currency = Objects.requireNonNull(facts.currency());
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new RuleViolation(RULE, "error.dispute.notOpen", named());
        }
    }

    private RuleViolation refused(DisputeStatus target) {
        return new RuleViolation(RULE, "error.dispute.cannot." + target.name(), named());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String requireText(String text, int max) {
        if (blank(text)) {
            throw new IllegalArgumentException("text is required");
        }
        if (text.length() > max) {
            throw new IllegalArgumentException("at most " + max + " characters");
        }
        return text.trim();
    }

    private String named() {
        return number == null ? subject : number;
    }

    public String getNumber() {
        return number;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public String getAgreementReference() {
        return agreementReference;
    }

    public String getConcerns() {
        return concerns;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Currency getCurrency() {
        return currency;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public String getOwner() {
        return owner;
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public DisputeOutcome getOutcome() {
        return outcome;
    }

    public String getResolution() {
        return resolution;
    }

    @Override
    public String auditKey() {
        return number;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("number", number);
        state.put("supplier", supplier == null ? null : supplier.getCode());
        state.put("agreementReference", agreementReference);
        state.put("concerns", concerns);
        state.put("subject", subject);
        state.put("description", description);
        state.put("amount", amount == null ? null : amount.toPlainString());
        state.put("currency", currency == null ? null : currency.getCurrencyCode());
        state.put("raisedBy", raisedBy);
        state.put("owner", owner);
        state.put("status", status == null ? null : status.name());
        state.put("outcome", outcome == null ? null : outcome.name());
        state.put("resolution", resolution);
        return state;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return number != null && other instanceof SupplierDispute dispute && number.equals(dispute.number);
    }

    @Override
    public int hashCode() {
        return SupplierDispute.class.hashCode();
    }
}
