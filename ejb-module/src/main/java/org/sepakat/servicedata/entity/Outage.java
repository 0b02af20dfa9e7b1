package org.sepakat.servicedata.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.sepakat.shared.entity.EpochSecondsConverter;
import org.sepakat.shared.entity.InvalidInput;

/** A span of time a service was unavailable; planned outages are excluded from availability. */
@Entity
@Table(name = "sd_outage")
@NamedQuery(name = Outage.FIND_BY_EXTERNAL_IDS, query = "SELECT o FROM Outage o WHERE o.externalId IN :externalIds")
@NamedQuery(name = Outage.FIND_BY_EXTERNAL_ID, query = "SELECT o FROM Outage o WHERE o.externalId = :externalId")
@NamedQuery(
        name = Outage.FIND_OVERLAPPING,
        query = "SELECT o FROM Outage o WHERE o.serviceId = :serviceId"
                + " AND o.starts < :until AND (o.ends IS NULL OR o.ends > :from)")
public class Outage extends ReceivedRecord {

    public static final String FIND_BY_EXTERNAL_ID = "Outage.findByExternalId";
    public static final String FIND_BY_EXTERNAL_IDS = "Outage.findByExternalIds";
    public static final String FIND_OVERLAPPING = "Outage.findOverlapping";

    @Column(name = "service_id", nullable = false)
    private Long serviceId;

    @Convert(converter = EpochSecondsConverter.class)
    @Column(name = "starts_s", nullable = false)
    private Instant starts;

    /** Empty while the outage goes on. */
    @Convert(converter = EpochSecondsConverter.class)
    @Column(name = "ends_s")
    private Instant ends;

    @Column(nullable = false)
    private boolean planned;

    @Column(length = 1000)
    private String description;

    protected Outage() {}

    public Outage(String externalId) {
        super(externalId);
    }

    public void record(OutageFacts facts) {
        check(facts);
        this.serviceId = facts.serviceId();
        this.starts = facts.starts();
        this.ends = facts.ends();
        this.planned = facts.planned();
        this.description = facts.description() == null || facts.description().isBlank()
                ? null
                : facts.description().trim();
    }

    /** An outage that has ended ended after it started. */
    public static void check(OutageFacts facts) {
        Objects.requireNonNull(facts.starts());
        if (facts.ends() != null && !facts.ends().isAfter(facts.starts())) {
            throw InvalidInput.of("ends", "error.serviceData.endsBeforeStarts", facts.ends(), facts.starts());
        }
    }

    public OutageFacts facts() {
        return new OutageFacts(serviceId, starts, ends, planned, description);
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Instant getStarts() {
        return starts;
    }

    public Instant getEnds() {
        return ends;
    }

    public boolean isPlanned() {
        return planned;
    }

    public String getDescription() {
        return description;
    }
}
