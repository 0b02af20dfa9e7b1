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
import java.util.List;
import org.sepakat.shared.entity.EpochSecondsConverter;

/** A received version of a {@link Ticket}, with its pauses as that delivery gave them. */
@Entity
@Table(name = "sd_ticket_version")
@NamedQuery(
        name = TicketVersion.OF_TICKET,
        query = "SELECT v FROM TicketVersion v WHERE v.ticketId = :recordId" + " ORDER BY v.number DESC")
@NamedQuery(
        name = TicketVersion.RECEIVED_AFTER,
        query = "SELECT v FROM TicketVersion v WHERE v.receivedAt > :after"
                + " AND v.ticketId IN (SELECT w.ticketId FROM TicketVersion w WHERE w.customerId = :customerId"
                + " AND w.serviceId IN :serviceIds AND w.opened < :until AND (w.resolved IS NULL OR w.resolved >= :from))"
                + " ORDER BY v.receivedAt, v.ticketId, v.number")
public class TicketVersion extends RecordVersion {

    public static final String OF_TICKET = "TicketVersion.ofTicket";
    public static final String RECEIVED_AFTER = "TicketVersion.receivedAfter";

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

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
    @CollectionTable(name = "sd_ticket_pause_version", joinColumns = @JoinColumn(name = "version_id"))
    private List<Interval> pauses = new ArrayList<>();

    protected TicketVersion() {}

    @Override
    public Long getRecordId() {
        return ticketId;
    }

    public TicketFacts facts() {
        return new TicketFacts(
                serviceId, customerId, kind, priority, category, opened, firstResponse, resolved, pauses);
    }
}
