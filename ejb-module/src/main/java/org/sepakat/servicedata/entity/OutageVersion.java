package org.sepakat.servicedata.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sepakat.shared.entity.EpochSecondsConverter;

/** A received version of an {@link Outage}. */
@Entity
@Table(name = "sd_outage_version")
@NamedQuery(
        name = OutageVersion.OF_OUTAGE,
        query = "SELECT v FROM OutageVersion v WHERE v.outageId = :recordId" + " ORDER BY v.number DESC")
@NamedQuery(
        name = OutageVersion.RECEIVED_AFTER,
        query = "SELECT v FROM OutageVersion v WHERE v.receivedAt > :after"
                + " AND v.outageId IN (SELECT w.outageId FROM OutageVersion w WHERE w.serviceId IN :serviceIds"
                + " AND w.starts < :until AND (w.ends IS NULL OR w.ends > :from))"
                + " ORDER BY v.receivedAt, v.outageId, v.number")
public class OutageVersion extends RecordVersion {

    public static final String OF_OUTAGE = "OutageVersion.ofOutage";
    public static final String RECEIVED_AFTER = "OutageVersion.receivedAfter";

    @Column(name = "outage_id", nullable = false)
    private Long outageId;

    @Column(name = "service_id", nullable = false)
    private Long serviceId;

    @Convert(converter = EpochSecondsConverter.class)
    @Column(name = "starts_s", nullable = false)
    private Instant starts;

    @Convert(converter = EpochSecondsConverter.class)
    @Column(name = "ends_s")
    private Instant ends;

    @Column(nullable = false)
    private boolean planned;

    @Column(length = 1000)
    private String description;

    protected OutageVersion() {}

    @Override
    public Long getRecordId() {
        return outageId;
    }

    public OutageFacts facts() {
        return new OutageFacts(serviceId, starts, ends, planned, description);
    }
}
