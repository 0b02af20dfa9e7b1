package org.sepakat.web.servicedata;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sepakat.servicedata.boundary.ServiceRecords;
import org.sepakat.servicedata.entity.Channel;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.KpiValueData;
import org.sepakat.servicedata.entity.Received;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Period;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/**
 * Enters a KPI value by hand: an SLA, one of its custom KPI targets or counted workload limits,
 * a month and the value. Saving the same measure and month again changes that value.
 */
@Named
@ViewScoped
public class KpiEntryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRecords records;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    Attempt attempt;

    @Inject
    UserSession userSession;

    @Inject
    Clock clock;

    private Long agreementId;
    private String measure;
    private String month;
    private BigDecimal value;
    private String note;
    private List<String> measures = List.of();
    private List<KpiValue> recent = List.of();

    public void load() {
        if (PageGuard.allow(userSession.isCanEditServiceData()) && month == null) {
            month = Period.current(clock).previous().toString();
        }
    }

    /** The SLA changed: offer its measures and show its latest values. */
    public void chooseAgreement() {
        measures = agreementId == null ? List.of() : records.measures(agreementId);
        measure = measures.size() == 1 ? measures.get(0) : null;
        refresh();
    }

    public void save() {
        String reference =
                agreementId == null ? null : agreements.find(agreementId).getReference();
        KpiValueData data = new KpiValueData(null, reference, measure, month, value, note);
        attempt.run(
                () -> {
                    Received<KpiValue> saved = records.receive(data, Channel.BY_HAND);
                    attempt.done(
                            saved.created() ? "serviceData.kpi.created" : "serviceData.kpi.updated",
                            saved.record().getMeasureName(),
                            month);
                },
                "kpi");
        refresh();
    }

    private void refresh() {
        if (agreementId == null) {
            recent = List.of();
            return;
        }
        String reference = agreements.find(agreementId).getReference();
        recent = records.kpiValues(new PageRequest(0, 12, "periodStart", false, Map.of("sla", reference)))
                .items();
    }

    public List<String> getMeasures() {
        return measures;
    }

    public List<KpiValue> getRecent() {
        return recent;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
