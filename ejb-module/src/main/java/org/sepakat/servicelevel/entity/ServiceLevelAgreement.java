package org.sepakat.servicelevel.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.terms.AgreementIdentity;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.OwnerKind;

/**
 * A service level agreement as a controlled document (SLM-9): drafted, agreed by both sides
 * (SLM-1), active, revised, retired. Its content is typed: targets (SLM-3), workload limits
 * (SLM-4) and exceptions (SLM-5), for one or more services of one customer (SLM-2).
 */
@Entity
@Table(name = "sl_agreement")
@NamedQuery(
        name = ServiceLevelAgreement.FIND_BY_REFERENCE,
        query = "SELECT s FROM ServiceLevelAgreement s WHERE s.reference = :reference")
public class ServiceLevelAgreement extends AuditedEntity {

    public static final String FIND_BY_REFERENCE = "ServiceLevelAgreement.findByReference";

    @Column(nullable = false, unique = true, length = 40)
    private String reference;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "customer_code", nullable = false, length = 30)
    private String customerCode;

    @ElementCollection
    @CollectionTable(name = "sl_agreement_service", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<CoveredService> services = new ArrayList<>();

    @Column(length = 4000)
    private String requirements;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_cadence", nullable = false, length = 20)
    private ReviewCadence reviewCadence;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SlaStatus status;

    @Column(name = "agreed_version", nullable = false)
    private int agreedVersion;

    @Column(name = "provider_approver", length = 100)
    private String providerApprover;

    @Column(name = "customer_approver", length = 200)
    private String customerApprover;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sl_target", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<AgreementTarget> targets = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sl_workload_limit", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<WorkloadLimit> limits = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sl_maintenance_window", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<MaintenanceWindow> windows = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sl_excluded_category", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "category", nullable = false, length = 100)
    private List<String> excludedCategories = new ArrayList<>();

    @Column(name = "force_majeure", length = 4000)
    private String forceMajeure;

    /** The parties stated that no exceptions beyond those listed apply; an empty section is then a statement too. */
    @Column(name = "exceptions_stated", nullable = false)
    private boolean exceptionsStated;

    protected ServiceLevelAgreement() {}

    public ServiceLevelAgreement(
            String reference,
            String title,
            Long customerId,
            String customerCode,
            ReviewCadence cadence,
            String timeZone) {
        this.reference = Objects.requireNonNull(reference);
        this.customerId = Objects.requireNonNull(customerId);
        this.customerCode = Objects.requireNonNull(customerCode);
        this.status = SlaStatus.DRAFT;
        this.title = Objects.requireNonNull(title);
        this.reviewCadence = Objects.requireNonNull(cadence);
        this.timeZone = ServiceCalendar.zone(timeZone).getId();
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new RuleViolation("SLM-9", "error.sla.notEditable", reference, status);
        }
    }

    public void describe(
            String title,
            String requirements,
            LocalDate validFrom,
            LocalDate validTo,
            ReviewCadence cadence,
            String timeZone) {
        requireEditable();
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw InvalidInput.of("validTo", "error.sla.validity");
        }
        this.title = Objects.requireNonNull(title);
        this.requirements = requirements;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.reviewCadence = Objects.requireNonNull(cadence);
        this.timeZone = ServiceCalendar.zone(timeZone).getId();
    }

    public void cover(Collection<CoveredService> covered) {
        requireEditable();
        services.clear();
        services.addAll(new LinkedHashSet<>(covered));
    }

    public void replaceTargets(List<AgreementTarget> newTargets) {
        requireEditable();
        requireUniqueNames(newTargets, AgreementTarget::getName, "targets");
        targets.clear();
        targets.addAll(newTargets);
    }

    public void replaceLimits(List<WorkloadLimit> newLimits) {
        requireEditable();
        requireUniqueNames(newLimits, WorkloadLimit::getName, "limits");
        limits.clear();
        limits.addAll(newLimits);
    }

    public void replaceExceptions(
            List<MaintenanceWindow> newWindows, List<String> categories, String forceMajeureClause, boolean stated) {
        requireEditable();
        requireUniqueNames(newWindows, MaintenanceWindow::getName, "windows");
        windows.clear();
        windows.addAll(newWindows);
        excludedCategories.clear();
        categories.stream()
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .distinct()
                .forEach(excludedCategories::add);
        this.forceMajeure =
                forceMajeureClause == null || forceMajeureClause.isBlank() ? null : forceMajeureClause.trim();
        this.exceptionsStated = stated;
    }

    private static <T> void requireUniqueNames(List<T> items, Function<T, String> name, String field) {
        var seen = new HashSet<String>();
        for (T item : items) {
            if (!seen.add(name.apply(item).trim().toLowerCase(Locale.ROOT))) {
                throw InvalidInput.of(field, "error.sla.duplicateName", name.apply(item));
            }
        }
    }

    /** What is still missing before both sides can sign (SLM-2..5); empty when complete. */
    public List<String> missingForAgreement() {
        List<String> missing = new ArrayList<>();
        if (services.isEmpty()) {
            missing.add("SLM-2");
        }
        if (targets.isEmpty()) {
            missing.add("SLM-3");
        }
        if (limits.isEmpty()) {
            missing.add("SLM-4");
        }
        if (!hasExceptionsSection()) {
            missing.add("SLM-5");
        }
        return missing;
    }

    public boolean hasExceptionsSection() {
        return exceptionsStated || !windows.isEmpty() || !excludedCategories.isEmpty() || forceMajeure != null;
    }

    /** SLM-1: both sides sign; the agreed content becomes version n+1. */
    public int agree(String providerSignatory, String customerSignatory, Instant at) {
        if (!status.isEditable()) {
            throw new RuleViolation("SLM-9", "error.sla.transition", reference, status, SlaStatus.AGREED);
        }
        List<String> missing = missingForAgreement();
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing.get(0), "error.sla.incomplete", reference, String.join(", ", missing));
        }
        this.providerApprover = Objects.requireNonNull(providerSignatory);
        this.customerApprover = Objects.requireNonNull(customerSignatory);
        this.agreedAt = Objects.requireNonNull(at);
        this.status = SlaStatus.AGREED;
        this.agreedVersion++;
        return agreedVersion;
    }

    public void activate(LocalDate today) {
        if (status != SlaStatus.AGREED) {
            throw new RuleViolation("SLM-9", "error.sla.transition", reference, status, SlaStatus.ACTIVE);
        }
        status = SlaStatus.ACTIVE;
        nextReviewOn = reviewCadence.after(today);
    }

    /** Opens a revision; the agreed version stays on record until the next one is agreed. */
    public void startRevision() {
        if (status != SlaStatus.AGREED && status != SlaStatus.ACTIVE) {
            throw new RuleViolation("SLM-9", "error.sla.transition", reference, status, SlaStatus.UNDER_REVIEW);
        }
        status = SlaStatus.UNDER_REVIEW;
    }

    /** Whether it can be retired: once agreed and not yet retired (a draft was never agreed, nothing to retire). */
    public boolean isRetirable() {
        return status != SlaStatus.DRAFT && status != SlaStatus.RETIRED;
    }

    public void retire() {
        if (!isRetirable()) {
            throw new RuleViolation("SLM-9", "error.sla.transition", reference, status, SlaStatus.RETIRED);
        }
        status = SlaStatus.RETIRED;
        nextReviewOn = null;
    }

    /** Its terms as they stand now: one value, what an agreed version keeps and restores. */
    public AgreedTerms terms() {
        return new AgreedTerms(
                title,
                services,
                requirements,
                validFrom,
                validTo,
                reviewCadence,
                timeZone,
                targets,
                limits,
                windows,
                excludedCategories,
                forceMajeure,
                exceptionsStated);
    }

    /** The agreement's content as ordered lines: what a version keeps, what two versions are compared on, the history. */
    public Map<String, String> content() {
        return terms().lines(customerCode);
    }

    /**
     * These terms as the measurement engine reads them: this SLA under the version and signatory
     * given (its own, or an agreed version's while a revision is open), with {@code terms}.
     */
    public MeasurableAgreement measurable(
            int version, String signatory, AgreedTerms agreedTerms, Map<String, CalendarTerm> calendars) {
        return agreedTerms.measurable(
                new AgreementIdentity(
                        OwnerKind.SERVICE_LEVEL_AGREEMENT,
                        getId(),
                        reference,
                        agreedTerms.title(),
                        version,
                        signatory,
                        getCreatedBy()),
                customerId,
                customerCode,
                calendars);
    }

    @Override
    public String auditKey() {
        return reference;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("reference", reference);
        state.put("status", status.name());
        state.put("agreedVersion", String.valueOf(agreedVersion));
        state.put("providerApprover", providerApprover);
        state.put("customerApprover", customerApprover);
        state.putAll(content());
        return state;
    }

    public void rereference(String newReference) {
        requireEditable();
        this.reference = Objects.requireNonNull(newReference);
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public List<CoveredService> getServices() {
        return List.copyOf(services);
    }

    public String getRequirements() {
        return requirements;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public ReviewCadence getReviewCadence() {
        return reviewCadence;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public SlaStatus getStatus() {
        return status;
    }

    public int getAgreedVersion() {
        return agreedVersion;
    }

    public String getProviderApprover() {
        return providerApprover;
    }

    public String getCustomerApprover() {
        return customerApprover;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public List<AgreementTarget> getTargets() {
        return List.copyOf(targets);
    }

    public List<WorkloadLimit> getLimits() {
        return List.copyOf(limits);
    }

    public List<MaintenanceWindow> getWindows() {
        return List.copyOf(windows);
    }

    public List<String> getExcludedCategories() {
        return List.copyOf(excludedCategories);
    }

    public String getForceMajeure() {
        return forceMajeure;
    }

    public boolean isExceptionsStated() {
        return exceptionsStated;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceLevelAgreement sla && Objects.equals(reference, sla.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }
}
