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

/**
 * A ticket from the service desk (incident, request, change...): when it was opened, first
 * answered and resolved, and when its clock was paused. Response and resolution targets count it.
 */
@Entity
@Table(name = "sd_ticket")
@NamedQuery(name = Ticket.FIND_BY_EXTERNAL_ID, query = "SELECT t FROM Ticket t WHERE t.externalId = :externalId")
public class Ticket extends ReceivedRecord {

    public static final String FIND_BY_EXTERNAL_ID = "Ticket.findByExternalId";

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

    protected Ticket() {
    }

    public Ticket(String externalId) {
        super(externalId);
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
