package org.sepakat.servicedata.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sepakat.shared.entity.EpochSecondsConverter;
import org.sepakat.shared.entity.InvalidInput;

/**
 * A ticket from the service desk (incident, request, change...): when it was opened, first
 * answered and resolved, and when its clock was paused. Response and resolution targets count it.
 */
@Entity
@Table(name = "sd_ticket")
@NamedQuery(name = Ticket.FIND_BY_EXTERNAL_IDS, query = "SELECT t FROM Ticket t WHERE t.externalId IN :externalIds")
@NamedQuery(name = Ticket.FIND_BY_EXTERNAL_ID, query = "SELECT t FROM Ticket t WHERE t.externalId = :externalId")
public class Ticket extends ReceivedRecord {

    public static final String FIND_BY_EXTERNAL_ID = "Ticket.findByExternalId";
    public static final String FIND_BY_EXTERNAL_IDS = "Ticket.findByExternalIds";

    @Column(name = "service_id", nullable = false)
    private Long serviceId;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = 20)
    private String priority;

    @Column(length = 100)
    private String category;

    @Convert(converter = EpochSecondsConverter.class)
    @Column(name = "opened_s", nullable = false)
    private Instant opened;

    @Convert(converter = EpochSecondsConverter.class)
    @Column(name = "first_response_s")
    private Instant firstResponse;

    @Convert(converter = EpochSecondsConverter.class)
    @Column(name = "resolved_s")
    private Instant resolved;

    @ElementCollection
    @CollectionTable(name = "sd_ticket_pause", joinColumns = @JoinColumn(name = "ticket_id"))
    private List<Interval> pauses = new ArrayList<>();

    protected Ticket() {}

    public Ticket(String externalId) {
        super(externalId);
    }

    /**
     * Takes the ticket's facts as the service desk last reported them; the pauses replace the
     * ones received before.
     */
    public void record(TicketFacts facts, Instant now) {
        check(facts, now);
        this.serviceId = facts.serviceId();
        this.customerId = facts.customerId();
        this.kind = facts.kind().trim();
        this.priority = facts.priority().trim();
        this.category = facts.category() == null || facts.category().isBlank()
                ? null
                : facts.category().trim();
        this.opened = facts.opened();
        this.firstResponse = facts.firstResponse();
        this.resolved = facts.resolved();
        if (!pauses.equals(facts.pauses())) {
            pauses.clear();
            pauses.addAll(facts.pauses());
        }
    }

    /**
     * The ticket's moments in order: answered and resolved not before it was opened; each pause
     * inside [opened, resolved] (or up to now while open) and none overlapping another.
     */
    public static void check(TicketFacts facts, Instant now) {
        Instant opened = Objects.requireNonNull(facts.opened());
        if (facts.firstResponse() != null && facts.firstResponse().isBefore(opened)) {
            throw InvalidInput.of("firstResponse", "error.serviceData.beforeOpened", facts.firstResponse(), opened);
        }
        if (facts.resolved() != null && facts.resolved().isBefore(opened)) {
            throw InvalidInput.of("resolved", "error.serviceData.beforeOpened", facts.resolved(), opened);
        }
        Instant end = facts.resolved() != null ? facts.resolved() : now;
        List<Interval> sorted = facts.pauses().stream()
                .sorted(Comparator.comparing(Interval::getStarts))
                .toList();
        Interval previous = null;
        for (Interval pause : sorted) {
            if (pause.getStarts().isBefore(opened) || pause.getEnds().isAfter(end)) {
                throw InvalidInput.of(
                        "pauses", "error.serviceData.pauseOutside", pause.getStarts(), pause.getEnds(), opened, end);
            }
            if (previous != null && pause.getStarts().isBefore(previous.getEnds())) {
                throw InvalidInput.of(
                        "pauses",
                        "error.serviceData.pauseOverlap",
                        previous.getStarts(),
                        previous.getEnds(),
                        pause.getStarts(),
                        pause.getEnds());
            }
            previous = pause;
        }
    }

    /** The ticket as it stands, as the facts a delivery gives. */
    public TicketFacts facts() {
        return new TicketFacts(
                serviceId, customerId, kind, priority, category, opened, firstResponse, resolved, pauses);
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getKind() {
        return kind;
    }

    public String getPriority() {
        return priority;
    }

    public String getCategory() {
        return category;
    }

    public Instant getOpened() {
        return opened;
    }

    public Instant getFirstResponse() {
        return firstResponse;
    }

    public Instant getResolved() {
        return resolved;
    }

    public List<Interval> getPauses() {
        return List.copyOf(pauses);
    }
}
