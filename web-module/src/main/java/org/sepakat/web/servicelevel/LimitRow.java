package org.sepakat.web.servicelevel;

import java.io.Serializable;
import org.sepakat.servicelevel.entity.LimitData;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OverLimitRule;
import org.sepakat.shared.terms.WorkloadMetric;

/** One editable line of the workload limits table (SLM-4). */
public class LimitRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private WorkloadMetric metric = WorkloadMetric.TICKETS;
    private String ticketKind;
    private Long maximum;
    private MeasurementPeriod period = MeasurementPeriod.MONTH;
    private OverLimitRule overLimit = OverLimitRule.REPORT_ONLY;

    static LimitRow of(WorkloadLimit limit) {
        LimitRow row = new LimitRow();
        row.name = limit.getName();
        row.metric = limit.getMetric();
        row.ticketKind = limit.getTicketKind();
        row.maximum = limit.getMaximum();
        row.period = limit.getPeriod();
        row.overLimit = limit.getOverLimit();
        return row;
    }

    LimitData toData() {
        return new LimitData(name, metric, ticketKind, maximum, period, overLimit);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public WorkloadMetric getMetric() {
        return metric;
    }

    public void setMetric(WorkloadMetric metric) {
        this.metric = metric;
    }

    public String getTicketKind() {
        return ticketKind;
    }

    public void setTicketKind(String ticketKind) {
        this.ticketKind = ticketKind;
    }

    public Long getMaximum() {
        return maximum;
    }

    public void setMaximum(Long maximum) {
        this.maximum = maximum;
    }

    public MeasurementPeriod getPeriod() {
        return period;
    }

    public void setPeriod(MeasurementPeriod period) {
        this.period = period;
    }

    public OverLimitRule getOverLimit() {
        return overLimit;
    }

    public void setOverLimit(OverLimitRule overLimit) {
        this.overLimit = overLimit;
    }
}
