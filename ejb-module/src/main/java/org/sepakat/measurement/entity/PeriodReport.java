package org.sepakat.measurement.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.RuleViolation;

/**
 * The evidence of one SLA for one period (SLM-6): every target attained or missed, every workload
 * limit against its maximum, and what was excluded and why. Unique per SLA and period and
 * immutable once computed; only the review outcome (SLM-7) is recorded on it afterwards.
 */
@Entity
@Table(name = "rv_period_report")
@NamedQuery(
        name = PeriodReport.FIND_BY_AGREEMENT_PERIOD,
        query = "SELECT r FROM PeriodReport r WHERE r.agreementId = :agreementId AND r.period = :period")
@NamedQuery(
        name = PeriodReport.FIND_BY_AGREEMENT,
        query = "SELECT r FROM PeriodReport r WHERE r.agreementId = :agreementId ORDER BY r.period DESC")
public class PeriodReport extends AuditedEntity {

    public static final String FIND_BY_AGREEMENT_PERIOD = "PeriodReport.findByAgreementPeriod";
    public static final String FIND_BY_AGREEMENT = "PeriodReport.findByAgreement";
    public static final int TEXT_MAX = 4000;
    private static final BigDecimal NEAR_LIMIT = BigDecimal.valueOf(90);

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(name = "agreement_reference", nullable = false, length = 40)
    private String agreementReference;

    @Column(name = "agreement_title", nullable = false, length = 200)
    private String agreementTitle;

    @Column(name = "agreed_version", nullable = false)
    private int agreedVersion;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "customer_code", nullable = false, length = 30)
    private String customerCode;

    /** The reviewed month, stored as its first day. */
    @Column(name = "period_start", nullable = false)
    private Period period;

    /** First day after the reviewed month. */
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Rating rating;

    @Enumerated(EnumType.STRING)
    @Column(name = "triggered_by", nullable = false, length = 20)
    private RunTrigger triggeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false, length = 20)
    private ReviewState reviewState;

    @Column(name = "review_comments", length = TEXT_MAX)
    private String reviewComments;

    @Column(name = "review_actions", length = TEXT_MAX)
    private String reviewActions;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "rv_target_result", joinColumns = @JoinColumn(name = "report_id"))
    private List<TargetResult> targets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "rv_limit_result", joinColumns = @JoinColumn(name = "report_id"))
    private List<LimitResult> limits = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "rv_exclusion", joinColumns = @JoinColumn(name = "report_id"))
    private List<Exclusion> exclusions = new ArrayList<>();

    protected PeriodReport() {}

    public PeriodReport(
            Long agreementId,
            String agreementReference,
            String agreementTitle,
            int agreedVersion,
            Long customerId,
            String customerCode,
            Period period,
            String timeZone,
            RunTrigger triggeredBy,
            List<TargetResult> targets,
            List<LimitResult> limits,
            List<Exclusion> exclusions) {
        this.agreementId = Objects.requireNonNull(agreementId);
        this.agreementReference = Objects.requireNonNull(agreementReference);
        this.agreementTitle = Objects.requireNonNull(agreementTitle);
        this.agreedVersion = agreedVersion;
        this.customerId = Objects.requireNonNull(customerId);
        this.customerCode = Objects.requireNonNull(customerCode);
        this.period = Objects.requireNonNull(period);
        this.periodEnd = period.nextFirstDay();
        this.timeZone = Objects.requireNonNull(timeZone);
        this.triggeredBy = Objects.requireNonNull(triggeredBy);
        this.targets.addAll(targets);
        this.limits.addAll(limits);
        this.exclusions.addAll(exclusions);
        this.rating = rate(targets, limits);
        this.reviewState = ReviewState.AWAITING_REVIEW;
    }

    /** See {@link Rating}; the rating table is in README.md, "How a period is measured". */
    public static Rating rate(List<TargetResult> targets, List<LimitResult> limits) {
        if (targets.stream().anyMatch(t -> t.getOutcome() == TargetOutcome.MISSED)) {
            return Rating.RED;
        }
        boolean amber = targets.stream()
                        .anyMatch(t ->
                                t.getOutcome() == TargetOutcome.SUSPENDED || t.getOutcome() == TargetOutcome.NO_DATA)
                || limits.stream()
                        .anyMatch(l -> l.getOutcome() == LimitOutcome.EXCEEDED
                                || l.getOutcome() == LimitOutcome.NO_DATA
                                || l.getShareOfLimit() != null
                                        && l.getShareOfLimit().compareTo(NEAR_LIMIT) >= 0);
        return amber ? Rating.AMBER : Rating.GREEN;
    }

    /** SLM-7: the outcome of reviewing this report with the customer. */
    public void recordReview(ReviewState state, String comments, String actions, String reviewer, Instant at) {
        if (state == null || state == ReviewState.AWAITING_REVIEW) {
            throw new RuleViolation("SLM-7", "error.report.reviewState");
        }
        this.reviewState = state;
        this.reviewComments = blankToNull(comments);
        this.reviewActions = blankToNull(actions);
        this.reviewedBy = Objects.requireNonNull(reviewer);
        this.reviewedAt = Objects.requireNonNull(at);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** "2026-10" */
    public String getPeriodLabel() {
        return period.toString();
    }

    public boolean hasMisses() {
        return targets.stream().anyMatch(t -> t.getOutcome() == TargetOutcome.MISSED)
                || limits.stream().anyMatch(l -> l.getOutcome() == LimitOutcome.EXCEEDED);
    }

    @Override
    public String auditKey() {
        return agreementReference + " " + getPeriodLabel();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("rating", rating.name());
        state.put("reviewState", reviewState.name());
        state.put("reviewComments", reviewComments);
        state.put("reviewActions", reviewActions);
        return state;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public String getAgreementReference() {
        return agreementReference;
    }

    public String getAgreementTitle() {
        return agreementTitle;
    }

    public int getAgreedVersion() {
        return agreedVersion;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public Period getPeriod() {
        return period;
    }

    /** The first day of the period, for pages and exports that show dates. */
    public LocalDate getPeriodStart() {
        return period.firstDay();
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Rating getRating() {
        return rating;
    }

    public RunTrigger getTriggeredBy() {
        return triggeredBy;
    }

    public ReviewState getReviewState() {
        return reviewState;
    }

    public String getReviewComments() {
        return reviewComments;
    }

    public String getReviewActions() {
        return reviewActions;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public List<TargetResult> getTargets() {
        return List.copyOf(targets);
    }

    public List<LimitResult> getLimits() {
        return List.copyOf(limits);
    }

    public List<Exclusion> getExclusions() {
        return List.copyOf(exclusions);
    }
}
