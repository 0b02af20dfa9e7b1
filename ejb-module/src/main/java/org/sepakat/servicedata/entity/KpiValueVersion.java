package org.sepakat.servicedata.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.sepakat.shared.entity.Period;

/** A received version of a {@link KpiValue}. */
@Entity
@Table(name = "sd_kpi_value_version")
@NamedQuery(
        name = KpiValueVersion.OF_VALUE,
        query = "SELECT v FROM KpiValueVersion v WHERE v.kpiValueId = :recordId" + " ORDER BY v.number DESC")
@NamedQuery(
        name = KpiValueVersion.RECEIVED_AFTER,
        query = "SELECT v FROM KpiValueVersion v WHERE v.receivedAt > :after"
                + " AND v.kpiValueId IN (SELECT w.kpiValueId FROM KpiValueVersion w WHERE w.agreementId = :agreementId"
                + " AND w.period >= :firstPeriod AND w.period < :afterLastPeriod)"
                + " ORDER BY v.receivedAt, v.kpiValueId, v.number")
public class KpiValueVersion extends RecordVersion {

    public static final String OF_VALUE = "KpiValueVersion.ofValue";
    public static final String RECEIVED_AFTER = "KpiValueVersion.receivedAfter";

    @Column(name = "kpi_value_id", nullable = false)
    private Long kpiValueId;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(name = "measure_name", nullable = false, length = 200)
    private String measureName;

    @Column(name = "period_start", nullable = false)
    private Period period;

    @Column(name = "measured_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(length = 1000)
    private String note;

    protected KpiValueVersion() {}

    @Override
    public Long getRecordId() {
        return kpiValueId;
    }

    public KpiFacts facts() {
        return new KpiFacts(agreementId, measureName, period, value, note);
    }
}
