package org.sepakat.servicedata.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A KPI value as received, for an SLA (by id), one of its measures and the period starting on {@code periodStart}. */
public record KpiFacts(Long agreementId, String measureName, LocalDate periodStart, BigDecimal value, String note) {

    /** The names of the fields (as a delivery names them) whose values differ from {@code before}. */
    public List<String> changedFrom(KpiFacts before) {
        List<String> changed = new ArrayList<>();
        Fields.compare(changed, "sla", before.agreementId, agreementId);
        Fields.compare(changed, "measure", before.measureName, measureName);
        Fields.compare(changed, "period", before.periodStart, periodStart);
        Fields.compare(changed, "value", before.value == null ? null : before.value.stripTrailingZeros(),
                value == null ? null : value.stripTrailingZeros());
        Fields.compare(changed, "note", before.note, note);
        return changed;
    }
}
