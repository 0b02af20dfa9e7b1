package org.sepakat.supplier.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;

/**
 * A supplier agreement as a controlled document (SUP-2..6, OLA-1): an underpinning contract with an
 * external supplier or an operational level agreement with an internal one (or a customer acting
 * as a supplier). It states its scope (services, service components, SMS processes: SUP-3), the
 * requirements the supplier must meet (SUP-4), typed targets and other obligations (SUP-5), who is
 * responsible for what (a RACI table: SUP-6) and, for a contract, its commercial terms (SUP-2,
 * SUP-10). Drafted, agreed by both sides, active, revised, and ended by expiry or termination.
 */
@Entity
@Table(name = "sup_agreement")
@NamedQuery(
        name = SupplierAgreement.FIND_BY_REFERENCE,
        query = "SELECT a FROM SupplierAgreement a WHERE a.reference = :reference")
@NamedQuery(
        name = SupplierAgreement.BY_SUPPLIER,
        query = "SELECT a FROM SupplierAgreement a WHERE a.supplier = :supplier ORDER BY a.reference")
@NamedQuery(
        name = SupplierAgreement.COUNT_BY_SUPPLIER,
        query = "SELECT COUNT(a) FROM SupplierAgreement a WHERE a.supplier = :supplier")
public class SupplierAgreement extends AuditedEntity {

    public static final String FIND_BY_REFERENCE = "SupplierAgreement.findByReference";
    public static final String COUNT_BY_SUPPLIER = "SupplierAgreement.countBySupplier";
    public static final String BY_SUPPLIER = "SupplierAgreement.bySupplier";

    /** Days before a notice deadline / an expiry the contract manager is reminded, unless the agreement says. */
    public static final int DEFAULT_NOTICE_REMINDER_DAYS = 90;

    public static final int DEFAULT_EXPIRY_REMINDER_DAYS = 30;

    private static final String RULE = "SUP-2";

    @Column(nullable = false, unique = true, length = 40)
    private String reference;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgreementKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    @Column(name = "agreed_version", nullable = false)
    private int agreedVersion;

    @Column(name = "provider_approver", length = 100)
    private String providerApprover;

    @Column(name = "supplier_approver", length = 200)
    private String supplierApprover;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    /** SUP-3: the services of the catalogue the supplier provides or supports (party's service ids). */
    @ElementCollection
    @CollectionTable(name = "sup_agreement_service", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "service_id", nullable = false)
    private Set<Long> serviceIds = new HashSet<>();

    /** SUP-3: named parts of a service, e.g. "ERP database hosting". */
    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sup_agreement_component", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "component_name", nullable = false, length = 200)
    private List<String> components = new ArrayList<>();

    /** SUP-3: the SMS processes (or parts of them) the supplier operates. */
    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "sup_agreement_process", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "process", nullable = false, length = 40)
    private Set<SmsProcess> processes = EnumSet.noneOf(SmsProcess.class);

    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sup_agreement_requirement", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<AgreementRequirement> requirements = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sup_agreement_target", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<AgreementTarget> targets = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sup_agreement_obligation", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<Obligation> obligations = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sup_agreement_raci", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<RaciActivity> raci = new ArrayList<>();

    /** A contract's value, term, renewal and notice (SUP-2, SUP-10); null for an OLA. */
    @Embedded
    private CommercialTerms commercialTerms;

    @Column(name = "notice_reminder_days", nullable = false)
    private int noticeReminderDays = DEFAULT_NOTICE_REMINDER_DAYS;

    @Column(name = "expiry_reminder_days", nullable = false)
    private int expiryReminderDays = DEFAULT_EXPIRY_REMINDER_DAYS;

    protected SupplierAgreement() {}

    public SupplierAgreement(String reference, String title, Supplier supplier, String timeZone) {
        this.reference = Objects.requireNonNull(reference);
        this.supplier = Objects.requireNonNull(supplier);
        this.kind = AgreementKind.forSupplier(supplier.getKind());
        this.title = Objects.requireNonNull(title);
        this.timeZone = Objects.requireNonNull(timeZone);
        this.status = AgreementStatus.DRAFT;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new RuleViolation(RULE, "error.supplierAgreement.notEditable", reference, status);
        }
    }

    /** Its heading: title, zone and reminder lead times (days, at least 1). */
    public void describe(String title, String timeZone, int noticeReminderDays, int expiryReminderDays) {
        requireEditable();
        if (noticeReminderDays < 1) {
            throw InvalidInput.of("noticeReminderDays", "error.supplierAgreement.reminderDays");
        }
        if (expiryReminderDays < 1) {
            throw InvalidInput.of("expiryReminderDays", "error.supplierAgreement.reminderDays");
        }
        this.title = Objects.requireNonNull(title);
        this.timeZone = Objects.requireNonNull(timeZone);
        this.noticeReminderDays = noticeReminderDays;
        this.expiryReminderDays = expiryReminderDays;
    }

    /** SUP-3: what the supplier provides or operates. */
    public void scope(Collection<Long> services, Collection<String> componentNames, Collection<SmsProcess> sms) {
        requireEditable();
        serviceIds.clear();
        serviceIds.addAll(services);
        components.clear();
        componentNames.stream()
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .distinct()
                .forEach(components::add);
        processes.clear();
        processes.addAll(sms);
    }

    public void replaceRequirements(List<AgreementRequirement> newRequirements) {
        requireEditable();
        requirements.clear();
        requirements.addAll(newRequirements);
    }

    /** SUP-5: the typed targets, each named once. */
    public void replaceTargets(List<AgreementTarget> newTargets) {
        requireEditable();
        requireUniqueNames(newTargets, AgreementTarget::getName, "targets");
        targets.clear();
        targets.addAll(newTargets);
    }

    public void replaceObligations(List<Obligation> newObligations) {
        requireEditable();
        obligations.clear();
        obligations.addAll(newObligations);
    }

    /** SUP-6: the responsibility matrix, valid as a whole (exactly one A per activity...). */
    public void replaceRaci(List<RaciActivity> activities) {
        requireEditable();
        List<FieldProblem> problems = new Raci(activities)
                .problems().stream()
                        .map(p -> new FieldProblem(
                                p.field().replaceFirst("^activities", "raci"),
                                p.messageKey(),
                                p.arguments(),
                                p.violation()))
                        .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        raci.clear();
        raci.addAll(activities);
    }

    /**
     * SUP-2: a contract's commercial terms; an OLA has none. Notice given and express renewals already
     * recorded stay (a revision saved as read does not forget them).
     */
    public void setCommercialTerms(CommercialTerms terms) {
        requireEditable();
        if (kind == AgreementKind.OPERATIONAL_LEVEL_AGREEMENT && terms != null) {
            throw InvalidInput.of("commercialTerms", "error.supplierAgreement.olaHasNoTerms");
        }
        this.commercialTerms =
                terms == null || commercialTerms == null ? terms : terms.keepingEventsOf(commercialTerms);
    }

    /** SUP-10, tacit renewal: notice was given on {@code day}, so the contract ends with the term that notice met. */
    public void giveNotice(LocalDate day) {
        requireInForceWithTerms();
        try {
            this.commercialTerms = commercialTerms.withNoticeGivenOn(day);
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream()
                    .map(p -> FieldProblem.of(
                            "givenOn", p.messageKey(), p.arguments().toArray()))
                    .toList());
        }
    }

    /** SUP-10, express renewal: both sides renewed the contract for one more renewal period. */
    public void recordRenewal() {
        requireInForceWithTerms();
        this.commercialTerms = commercialTerms.withExpressRenewal();
    }

    /**
     * An event of the contract's life that changes no negotiated content (notice given, an express
     * renewal) is recorded while the contract is signed and not ended, not in a draft.
     */
    private void requireInForceWithTerms() {
        if (status == AgreementStatus.DRAFT || status.isEnded()) {
            throw new RuleViolation(RULE, "error.supplierAgreement.notInForce", reference, status);
        }
        if (commercialTerms == null) {
            throw new RuleViolation(RULE, "error.supplierAgreement.noCommercialTerms", reference);
        }
    }

    /** SUP-10: its dates on {@code today} (in its zone); empty for an agreement without commercial terms. */
    public java.util.Optional<ContractDates> dates(LocalDate today) {
        return java.util.Optional.ofNullable(commercialTerms).map(terms -> ContractDates.of(terms, today));
    }

    /** Only a draft never agreed can be deleted; anything signed once is a record worth keeping. */
    public boolean isDeletable() {
        return status == AgreementStatus.DRAFT && agreedVersion == 0;
    }

    private static <T> void requireUniqueNames(List<T> items, Function<T, String> name, String field) {
        var seen = new HashSet<String>();
        for (T item : items) {
            if (!seen.add(name.apply(item).trim().toLowerCase(Locale.ROOT))) {
                throw InvalidInput.of(field, "error.sla.duplicateName", name.apply(item));
            }
        }
    }

    /** What is still missing before both sides can sign (SUP-2..6, OLA-1), by requirement id; empty when complete. */
    public List<String> missingForAgreement() {
        List<String> missing = new ArrayList<>();
        if (kind == AgreementKind.UNDERPINNING_CONTRACT && commercialTerms == null) {
            missing.add("SUP-2");
        }
        if (serviceIds.isEmpty() && components.isEmpty() && processes.isEmpty()) {
            missing.add("SUP-3");
        }
        if (requirements.isEmpty()) {
            missing.add("SUP-4");
        }
        if (targets.isEmpty() && obligations.isEmpty()) {
            missing.add(kind == AgreementKind.OPERATIONAL_LEVEL_AGREEMENT ? "OLA-1" : "SUP-5");
        }
        if (raci.isEmpty()) {
            missing.add("SUP-6");
        }
        return missing;
    }

    /** Both sides sign; the agreed content becomes version n+1. */
    public int agree(String providerSignatory, String supplierSignatory, Instant at) {
        if (!status.isEditable()) {
            throw new RuleViolation(
                    RULE, "error.supplierAgreement.transition", reference, status, AgreementStatus.AGREED);
        }
        List<String> missing = missingForAgreement();
        if (!missing.isEmpty()) {
            throw new RuleViolation(
                    missing.get(0), "error.supplierAgreement.incomplete", reference, String.join(", ", missing));
        }
        this.providerApprover = Objects.requireNonNull(providerSignatory);
        this.supplierApprover = Objects.requireNonNull(supplierSignatory);
        this.agreedAt = Objects.requireNonNull(at);
        this.status = AgreementStatus.AGREED;
        this.agreedVersion++;
        return agreedVersion;
    }

    public void activate() {
        if (status != AgreementStatus.AGREED) {
            throw new RuleViolation(
                    RULE, "error.supplierAgreement.transition", reference, status, AgreementStatus.ACTIVE);
        }
        status = AgreementStatus.ACTIVE;
    }

    /** Opens a revision; the agreed version stays in force until the next one is agreed. */
    public void startRevision() {
        if (status != AgreementStatus.AGREED && status != AgreementStatus.ACTIVE) {
            throw new RuleViolation(
                    RULE, "error.supplierAgreement.transition", reference, status, AgreementStatus.UNDER_REVIEW);
        }
        status = AgreementStatus.UNDER_REVIEW;
    }

    /** Ended by a party: any agreement once agreed and not yet ended. */
    public void terminate() {
        if (status == AgreementStatus.DRAFT || status.isEnded()) {
            throw new RuleViolation(
                    RULE, "error.supplierAgreement.transition", reference, status, AgreementStatus.TERMINATED);
        }
        status = AgreementStatus.TERMINATED;
    }

    /** Whether its term ran out by {@code today}: a contract whose commercial terms have expired, not yet ended. */
    public boolean isDueToExpire(LocalDate today) {
        return !status.isEnded()
                && status != AgreementStatus.DRAFT
                && commercialTerms != null
                && commercialTerms.isExpired(today);
    }

    /** Its term ran out: see {@link #isDueToExpire}. */
    public void expire(LocalDate today) {
        if (!isDueToExpire(today)) {
            throw new RuleViolation(
                    RULE, "error.supplierAgreement.transition", reference, status, AgreementStatus.EXPIRED);
        }
        status = AgreementStatus.EXPIRED;
    }

    /**
     * The agreement's content as ordered lines: what a version keeps, what two versions are compared
     * on, the history. Keys are stable field names: a target and a RACI activity by its name (as an SLA's
     * targets), requirements and obligations numbered from 1.
     */
    public Map<String, String> content() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("title", title);
        lines.put("kind", kind.name());
        lines.put("supplier", supplier.getCode());
        lines.put("timeZone", timeZone);
        lines.put(
                "services",
                new TreeSet<>(serviceIds).stream().map(String::valueOf).collect(Collectors.joining(", ")));
        lines.put("components", String.join(", ", components));
        lines.put("processes", processes.stream().sorted().map(SmsProcess::name).collect(Collectors.joining(", ")));
        numbered(lines, "requirements", requirements, AgreementRequirement::describe);
        targets.forEach(t -> lines.put("target: " + t.getName(), t.describe()));
        numbered(lines, "obligations", obligations, Obligation::describe);
        raci.forEach(r -> lines.put(
                "raci: " + r.getName(),
                "provider " + r.letters(RaciParty.PROVIDER) + ", supplier " + r.letters(RaciParty.SUPPLIER)));
        if (commercialTerms != null) {
            lines.put("commercialTerms", commercialTerms.describe());
        }
        lines.put("noticeReminderDays", String.valueOf(noticeReminderDays));
        lines.put("expiryReminderDays", String.valueOf(expiryReminderDays));
        return lines;
    }

    private static <T> void numbered(Map<String, String> lines, String key, List<T> items, Function<T, String> line) {
        for (int i = 0; i < items.size(); i++) {
            lines.put(key + "[" + (i + 1) + "]", line.apply(items.get(i)));
        }
    }

    @Override
    public String auditKey() {
        return reference;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("reference", reference);
        state.putAll(content());
        state.put("status", status.name());
        state.put("agreedVersion", String.valueOf(agreedVersion));
        return state;
    }

    public String getReference() {
        return reference;
    }

    public void rereference(String reference) {
        requireEditable();
        this.reference = Objects.requireNonNull(reference);
    }

    public String getTitle() {
        return title;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public int getAgreedVersion() {
        return agreedVersion;
    }

    public String getProviderApprover() {
        return providerApprover;
    }

    public String getSupplierApprover() {
        return supplierApprover;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public Set<Long> getServiceIds() {
        return Set.copyOf(serviceIds);
    }

    public List<String> getComponents() {
        return List.copyOf(components);
    }

    public Set<SmsProcess> getProcesses() {
        return processes.isEmpty() ? Set.of() : EnumSet.copyOf(processes);
    }

    public List<AgreementRequirement> getRequirements() {
        return List.copyOf(requirements);
    }

    public List<AgreementTarget> getTargets() {
        return List.copyOf(targets);
    }

    public List<Obligation> getObligations() {
        return List.copyOf(obligations);
    }

    public List<RaciActivity> getRaci() {
        return List.copyOf(raci);
    }

    /** A contract's commercial terms; null for an OLA (or a contract whose terms are not yet written). */
    public CommercialTerms getCommercialTerms() {
        return commercialTerms;
    }

    public int getNoticeReminderDays() {
        return noticeReminderDays;
    }

    public int getExpiryReminderDays() {
        return expiryReminderDays;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SupplierAgreement that && Objects.equals(reference, that.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }

    /** The processes in clause order, for pages and documents. */
    public List<SmsProcess> processesInOrder() {
        return new ArrayList<>(new LinkedHashSet<>(new TreeSet<>(processes)));
    }
}
