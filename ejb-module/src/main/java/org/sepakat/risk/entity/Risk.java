package org.sepakat.risk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;

/**
 * One entry of the risk register (SUP-7): a misalignment between a customer SLA target and what
 * underpins it, with its latest finding, owner, assessment and treatment. While it is not closed its
 * source key is also held in {@code open_key}, which is unique: the same misalignment can never have
 * two open risks, even when two servers check at once. A later check that finds it aligned records
 * when and why; a closed risk is final.
 */
@Entity
@Table(name = "rsk_risk")
@NamedQuery(name = Risk.FIND_OPEN_BY_KEY, query = "SELECT r FROM Risk r WHERE r.openKey = :key")
@NamedQuery(name = Risk.FIND_OPEN_BY_PREFIX, query = "SELECT r FROM Risk r WHERE r.openKey LIKE :prefix ESCAPE '!'")
public class Risk extends AuditedEntity {

    public static final String FIND_OPEN_BY_KEY = "Risk.findOpenByKey";
    public static final String FIND_OPEN_BY_PREFIX = "Risk.findOpenByPrefix";
    public static final int TEXT_MAX = 4000;
    public static final int TITLE_MAX = 200;
    public static final int KEY_MAX = 400;
    public static final int REFERENCE_MAX = 100;
    private static final String RULE = "SUP-7";

    /** Derived from the generated id, like an improvement's number. */
    @Column(name = "risk_number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = TEXT_MAX)
    private String finding;

    @Column(name = "source_key", nullable = false, length = KEY_MAX)
    private String sourceKey;

    /** The source key while the risk is not closed, null once closed; unique, so one open risk per key. */
    @Column(name = "open_key", unique = true, length = KEY_MAX)
    private String openKey;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String owner;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "sla_id")
    private Long slaId;

    @Column(name = "sla_reference", length = REFERENCE_MAX)
    private String slaReference;

    @Column(name = "sla_target", length = TITLE_MAX)
    private String slaTarget;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "agreement_reference", length = REFERENCE_MAX)
    private String agreementReference;

    @Column(name = "agreement_target", length = TITLE_MAX)
    private String agreementTarget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RiskLevel likelihood = RiskLevel.MEDIUM;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RiskLevel impact = RiskLevel.MEDIUM;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private RiskTreatment treatment;

    @Column(name = "treatment_plan", length = TEXT_MAX)
    private String plan;

    @Column(name = "acceptance_reason", length = TEXT_MAX)
    private String acceptanceReason;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RiskStatus status;

    @Column(name = "closure_evidence", length = TEXT_MAX)
    private String closureEvidence;

    /** When a later check found the misalignment gone; null while the finding is still present. */
    @Column(name = "aligned_since")
    private Instant alignedSince;

    @Column(name = "aligned_evidence", length = TEXT_MAX)
    private String alignedEvidence;

    protected Risk() {}

    /** Opened for a finding, owned by a member of staff (the user name checked by the caller). */
    public Risk(RiskFinding found, String owner) {
        this.sourceKey = requireText(found.sourceKey(), KEY_MAX);
        this.openKey = sourceKey;
        this.owner = Objects.requireNonNull(owner);
        this.customerId = found.customerId();
        this.status = RiskStatus.OPEN;
        describe(found);
    }

    public static String numberFor(long id) {
        return "RSK-%06d".formatted(id);
    }

    @PrePersist
    void assignNumber() {
        if (number == null) {
            number = numberFor(Objects.requireNonNull(getId(), "the id is generated before the number"));
        }
    }

    /**
     * Found again by a later check: the finding and its links are the latest, and the risk is no
     * longer aligned. A closed risk is not found again (a new one is opened).
     */
    public void foundAgain(RiskFinding found) {
        requireNotClosed();
        if (!sourceKey.equals(found.sourceKey())) {
            throw new IllegalArgumentException("a finding for " + found.sourceKey() + " is not about " + number);
        }
        describe(found);
        alignedSince = null;
        alignedEvidence = null;
    }

    /** A later check found no misalignment any more; the first such check is kept, with its evidence. */
    public void foundAligned(Instant at, String evidence) {
        requireNotClosed();
        if (alignedSince == null) {
            alignedSince = Objects.requireNonNull(at);
            alignedEvidence = requireText(evidence, TEXT_MAX);
        }
    }

    /**
     * Assessed and treated: accepting needs a reason; mitigating, transferring or avoiding need a
     * plan and a review date that is not in the past. Treating again replaces the treatment.
     */
    public void treat(TreatmentData data, LocalDate today) {
        requireNotClosed();
        RiskTreatment chosen = data.treatment();
        if (chosen == null) {
            throw InvalidInput.of("treatment", "error.risk.treatmentRequired", named());
        }
        if (chosen.needsPlan()) {
            if (blank(data.plan())) {
                throw InvalidInput.of("plan", "error.risk.planRequired", named());
            }
            if (data.reviewOn() == null) {
                throw InvalidInput.of("reviewOn", "error.risk.reviewOnRequired", named());
            }
        } else if (blank(data.acceptanceReason())) {
            throw InvalidInput.of("acceptanceReason", "error.risk.acceptanceReasonRequired", named());
        }
        if (data.reviewOn() != null && data.reviewOn().isBefore(today)) {
            throw InvalidInput.of("reviewOn", "error.risk.reviewOnPast", data.reviewOn());
        }
        likelihood = Objects.requireNonNull(data.likelihood());
        impact = Objects.requireNonNull(data.impact());
        treatment = chosen;
        plan = blank(data.plan()) ? null : requireText(data.plan(), TEXT_MAX);
        acceptanceReason = chosen.needsPlan() ? null : requireText(data.acceptanceReason(), TEXT_MAX);
        reviewOn = data.reviewOn();
        status = RiskStatus.TREATED;
    }

    /**
     * Closed with the evidence that it is dealt with: a treated risk, or an untreated one a later
     * check found aligned. Its key is freed, so the same misalignment found later opens a new risk.
     */
    public void close(String evidence) {
        requireNotClosed();
        if (status == RiskStatus.OPEN && alignedSince == null) {
            throw new RuleViolation(RULE, "error.risk.closeUntreated", named());
        }
        if (blank(evidence)) {
            throw InvalidInput.of("evidence", "error.risk.evidenceRequired", named());
        }
        closureEvidence = requireText(evidence, TEXT_MAX);
        status = RiskStatus.CLOSED;
        openKey = null;
    }

    public boolean isClosed() {
        return status == RiskStatus.CLOSED;
    }

    public boolean isAligned() {
        return alignedSince != null;
    }

    private void describe(RiskFinding found) {
        this.title = requireText(found.title(), TITLE_MAX);
        this.finding = requireText(found.finding(), TEXT_MAX);
        this.slaId = found.slaId();
        this.slaReference = found.slaReference();
        this.slaTarget = found.slaTarget();
        this.agreementId = found.agreementId();
        this.agreementReference = found.agreementReference();
        this.agreementTarget = found.agreementTarget();
    }

    private void requireNotClosed() {
        if (status == RiskStatus.CLOSED) {
            throw new RuleViolation(RULE, "error.risk.closed", named());
        }
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
        return number == null ? title : number;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getFinding() {
        return finding;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getOwner() {
        return owner;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getSlaId() {
        return slaId;
    }

    public String getSlaReference() {
        return slaReference;
    }

    public String getSlaTarget() {
        return slaTarget;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public String getAgreementReference() {
        return agreementReference;
    }

    public String getAgreementTarget() {
        return agreementTarget;
    }

    public RiskLevel getLikelihood() {
        return likelihood;
    }

    public RiskLevel getImpact() {
        return impact;
    }

    public RiskTreatment getTreatment() {
        return treatment;
    }

    public String getPlan() {
        return plan;
    }

    public String getAcceptanceReason() {
        return acceptanceReason;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public RiskStatus getStatus() {
        return status;
    }

    public String getClosureEvidence() {
        return closureEvidence;
    }

    public Instant getAlignedSince() {
        return alignedSince;
    }

    public String getAlignedEvidence() {
        return alignedEvidence;
    }

    @Override
    public String auditKey() {
        return number;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("number", number);
        state.put("title", title);
        state.put("finding", finding);
        state.put("sourceKey", sourceKey);
        state.put("owner", owner);
        state.put("slaReference", slaReference);
        state.put("slaTarget", slaTarget);
        state.put("agreementReference", agreementReference);
        state.put("agreementTarget", agreementTarget);
        state.put("likelihood", likelihood == null ? null : likelihood.name());
        state.put("impact", impact == null ? null : impact.name());
        state.put("treatment", treatment == null ? null : treatment.name());
        state.put("plan", plan);
        state.put("acceptanceReason", acceptanceReason);
        state.put("reviewOn", reviewOn == null ? null : reviewOn.toString());
        state.put("status", status == null ? null : status.name());
        state.put("closureEvidence", closureEvidence);
        state.put("alignedSince", alignedSince == null ? null : alignedSince.toString());
        state.put("alignedEvidence", alignedEvidence);
        return state;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return number != null && other instanceof Risk risk && number.equals(risk.number);
    }

    @Override
    public int hashCode() {
        return Risk.class.hashCode();
    }
}
