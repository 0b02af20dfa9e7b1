package org.sepakat.servicedata.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.sepakat.shared.entity.Period;

/**
 * A measured value for one period of an SLA: for a custom KPI target, or for a workload limit
 * counted outside the ticket data (named users, custom). One per SLA, measure and period.
 */
@Entity
@Table(name = "sd_kpi_value")
@NamedQuery(name = KpiValue.FIND_BY_EXTERNAL_IDS, query = "SELECT k FROM KpiValue k WHERE k.externalId IN :externalIds")
@NamedQuery(name = KpiValue.FIND_BY_EXTERNAL_ID, query = "SELECT k FROM KpiValue k WHERE k.externalId = :externalId")
@NamedQuery(
        name = KpiValue.FIND_BY_AGREEMENTS,
        query = "SELECT k FROM KpiValue k WHERE k.agreementId IN :agreementIds" + " AND k.period IN :periods")
@NamedQuery(
        name = KpiValue.FIND_BY_MEASURE,
        query = "SELECT k FROM KpiValue k WHERE k.agreementId = :agreementId"
                + " AND k.measureName = :measureName AND k.period = :period")
public class KpiValue extends ReceivedRecord {

    public static final String FIND_BY_EXTERNAL_ID = "KpiValue.findByExternalId";
    public static final String FIND_BY_EXTERNAL_IDS = "KpiValue.findByExternalIds";
    public static final String FIND_BY_MEASURE = "KpiValue.findByMeasure";
    public static final String FIND_BY_AGREEMENTS = "KpiValue.findByAgreements";

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(name = "measure_name", nullable = false, length = 200)
    private String measureName;

    /** The measured month, or the first month of the measured quarter; stored as its first day. */
    @Column(name = "period_start", nullable = false)
    private Period period;

    @Column(name = "measured_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(length = 1000)
    private String note;

    protected KpiValue() {}

    public KpiValue(String externalId) {
        super(externalId);
    }

    public void record(KpiFacts facts) {
        this.agreementId = facts.agreementId();
        this.measureName = facts.measureName().trim();
        this.period = Objects.requireNonNull(facts.period());
        this.value = facts.value();
        this.note = facts.note() == null || facts.note().isBlank()
                ? null
                : facts.note().trim();
    }

    /** The value as it stands, as the facts a delivery gives. */
    public KpiFacts facts() {
        return new KpiFacts(agreementId, measureName, period, value, note);
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public String getMeasureName() {
        return measureName;
    }

    public Period getPeriod() {
        return period;
    }

    /** The first day of the period, for pages that show dates. */
    public LocalDate getPeriodStart() {
        return period.firstDay();
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }
}
