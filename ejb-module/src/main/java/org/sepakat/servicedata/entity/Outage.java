package org.sepakat.servicedata.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sepakat.shared.entity.EpochSecondsConverter;

/** A span of time a service was unavailable; planned outages are excluded from availability. */
@Entity
@Table(name = "sd_outage")
@NamedQuery(name = Outage.FIND_BY_EXTERNAL_ID, query = "SELECT o FROM Outage o WHERE o.externalId = :externalId")
public class Outage extends ReceivedRecord {

    public static final String FIND_BY_EXTERNAL_ID = "Outage.findByExternalId";

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

    protected Outage() {
    }

    public Outage(String externalId) {
        super(externalId);
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
