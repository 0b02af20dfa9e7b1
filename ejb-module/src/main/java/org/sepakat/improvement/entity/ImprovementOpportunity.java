package org.sepakat.improvement.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.RuleViolation;

/**
 * One entry of the improvement register: what should get better, what raised it, who owns
 * it and by when. Its status only moves forward: open, in progress, then done with an outcome or
 * rejected with a reason; a closed opportunity is final.
 */
@Entity
@Table(name = "imp_opportunity")
@NamedQuery(
        name = ImprovementOpportunity.FIND_BY_NUMBER,
        query = "SELECT i FROM ImprovementOpportunity i WHERE i.number = :number")
@NamedQuery(
        name = ImprovementOpportunity.FIND_OPEN_BY_SOURCE_RECORDS,
        query = "SELECT i FROM ImprovementOpportunity i WHERE i.source.recordType = :recordType"
                + " AND i.source.recordId IN :recordIds AND i.processRaised = TRUE"
                + " AND i.status IN (org.sepakat.improvement.entity.ImprovementStatus.OPEN,"
                + " org.sepakat.improvement.entity.ImprovementStatus.IN_PROGRESS)")
@NamedQuery(
        name = ImprovementOpportunity.FIND_OPEN_BY_LINE_RECORDS,
        query = "SELECT DISTINCT i FROM ImprovementOpportunity i LEFT JOIN i.occurrences o"
                + " WHERE i.processRaised = TRUE AND i.source.line IS NOT NULL"
                + " AND i.status IN (org.sepakat.improvement.entity.ImprovementStatus.OPEN,"
                + " org.sepakat.improvement.entity.ImprovementStatus.IN_PROGRESS)"
                + " AND (i.source.recordType = :recordType AND i.source.recordId IN :recordIds"
                + " OR o.recordType = :recordType AND o.recordId IN :recordIds)")
@NamedQuery(
        name = ImprovementOpportunity.FIND_OVERDUE,
        query = "SELECT i FROM ImprovementOpportunity i WHERE i.dueOn < :today AND i.status IN :open ORDER BY i.id")
public class ImprovementOpportunity extends AuditedEntity {

    public static final String FIND_OVERDUE = "ImprovementOpportunity.findOverdue";

    public static final String FIND_BY_NUMBER = "ImprovementOpportunity.findByNumber";
    public static final String FIND_OPEN_BY_LINE_RECORDS = "ImprovementOpportunity.findOpenByLineRecords";
    public static final String FIND_OPEN_BY_SOURCE_RECORDS = "ImprovementOpportunity.findOpenBySourceRecords";
    public static final int TEXT_MAX = 4000;
    private static final String RULE = "X-3";

    /** Derived from the generated id, so two users creating at once can never get the same number. */
    @Column(name = "opportunity_number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = TEXT_MAX)
    private String description;

    @Embedded
    private ImprovementSource source;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImprovementPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImprovementStatus status;

    @Column(length = TEXT_MAX)
    private String outcome;

    @Column(name = "rejection_reason", length = TEXT_MAX)
    private String rejectionReason;

    /** The customer the opportunity concerns (X-4: who may read it), when a process raised it for one. */
    @Column(name = "customer_id")
    private Long customerId;

    /** Raised by a process from its record, not entered by a person: only these hold back a second one. */
    @Column(name = "process_raised", nullable = false)
    private boolean processRaised;

    /** Repeats recorded on it while open (issue 11 §1), oldest first. */
    @ElementCollection
    @CollectionTable(name = "imp_occurrence", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "occurrence_order")
    private List<Occurrence> occurrences = new ArrayList<>();

    protected ImprovementOpportunity() {}

    public ImprovementOpportunity(
            ImprovementSource source,
            String title,
            String description,
            String owner,
            LocalDate dueOn,
            ImprovementPriority priority) {
        this.source = Objects.requireNonNull(source);
        describe(title, description, priority);
        assign(owner, dueOn);
        this.status = ImprovementStatus.OPEN;
    }

    /** SLM-8, BRM-9: raised by a process from one of its records, for a customer or for none. */
    public static ImprovementOpportunity raised(
            ImprovementSource source,
            String title,
            String description,
            String owner,
            LocalDate dueOn,
            Long customerId) {
        if (source.getRecordType() == null) {
            throw new IllegalArgumentException("a process names the record that raised the opportunity");
        }
        ImprovementOpportunity opportunity =
                new ImprovementOpportunity(source, title, description, owner, dueOn, ImprovementPriority.MEDIUM);
        opportunity.customerId = customerId;
        opportunity.processRaised = true;
        return opportunity;
    }

    public static String numberFor(long id) {
        return "IMP-%06d".formatted(id);
    }

    /** The id is assigned when the record is persisted; the number follows from it before the insert. */
    @PrePersist
    void assignNumber() {
        if (number == null) {
            number = numberFor(Objects.requireNonNull(getId(), "the id is generated before the number"));
        }
    }

    /** Stored in bulk (see {@code AuditedEntity#storedAs}): its number follows from the id, as on persist. */
    @Override
    public void storedAs(long reservedId) {
        super.storedAs(reservedId);
        assignNumber();
    }

    public void describe(String title, String description, ImprovementPriority priority) {
        requireOpenForChange();
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
        this.priority = Objects.requireNonNull(priority);
    }

    public void assign(String owner, LocalDate dueOn) {
        requireOpenForChange();
        this.owner = Objects.requireNonNull(owner);
        this.dueOn = Objects.requireNonNull(dueOn);
    }

    public void start() {
        if (status != ImprovementStatus.OPEN) {
            throw transition(ImprovementStatus.IN_PROGRESS);
        }
        status = ImprovementStatus.IN_PROGRESS;
    }

    /** Done, with what was achieved; only work that was started can be done. */
    public void complete(String outcome) {
        if (status != ImprovementStatus.IN_PROGRESS) {
            throw transition(ImprovementStatus.DONE);
        }
        this.outcome = requireText(outcome, "error.improvement.outcomeRequired");
        status = ImprovementStatus.DONE;
    }

    /** Not worth doing, or not possible; the reason is kept for the auditor. */
    public void reject(String reason) {
        if (status.isClosed()) {
            throw transition(ImprovementStatus.REJECTED);
        }
        this.rejectionReason = requireText(reason, "error.improvement.reasonRequired");
        status = ImprovementStatus.REJECTED;
    }

    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && dueOn.isBefore(today);
    }

    private void requireOpenForChange() {
        if (status != null && status.isClosed()) {
            throw new RuleViolation(RULE, "error.improvement.closed", named(), status);
        }
    }

    private String requireText(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(RULE, key, named());
        }
        if (text.length() > TEXT_MAX) {
            throw new IllegalArgumentException("at most " + TEXT_MAX + " characters");
        }
        return text.trim();
    }

    /** How a refusal names the opportunity: by number once stored, by title before. */
    private String named() {
        return number == null ? title : number;
    }

    private RuleViolation transition(ImprovementStatus target) {
        return new RuleViolation(RULE, "error.improvement.transition", named(), status, target);
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ImprovementSource getSource() {
        return source;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ImprovementPriority getPriority() {
        return priority;
    }

    public ImprovementStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public boolean isProcessRaised() {
        return processRaised;
    }

    public List<Occurrence> getOccurrences() {
        return Collections.unmodifiableList(occurrences);
    }

    /** What raised it happened again (e.g. the same target missed the next month); only while it is open. */
    public void recur(Occurrence occurrence) {
        if (status == ImprovementStatus.DONE || status == ImprovementStatus.REJECTED) {
            throw new IllegalStateException(number + " is closed; a repeat raises a new opportunity");
        }
        occurrences.add(Objects.requireNonNull(occurrence));
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
        state.put("description", description);
        state.put("sourceKind", source.getKind().name());
        state.put("sourceReference", source.getReference());
        state.put("sourceRecord", source.recordText());
        state.put("sourceLine", source.getLine());
        state.put(
                "occurrences",
                occurrences.isEmpty()
                        ? null
                        : String.join(
                                "; ",
                                occurrences.stream()
                                        .map(Occurrence::getReference)
                                        .toList()));
        state.put("owner", owner);
        state.put("dueOn", dueOn == null ? null : dueOn.toString());
        state.put("priority", priority == null ? null : priority.name());
        state.put("status", status == null ? null : status.name());
        state.put("outcome", outcome);
        state.put("rejectionReason", rejectionReason);
        return state;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return number != null
                && other instanceof ImprovementOpportunity opportunity
                && number.equals(opportunity.number);
    }

    @Override
    public int hashCode() {
        // constant per class: the number exists only once the record is stored
        return ImprovementOpportunity.class.hashCode();
    }
}
