package org.sepakat.servicedata.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sepakat.shared.entity.Period;

/** A KPI value as received, for an SLA (by id), one of its measures and a period (a quarter by its first month). */
public record KpiFacts(Long agreementId, String measureName, Period period, BigDecimal value, String note) {

    /** The names of the fields (as a delivery names them) whose values differ from {@code before}. */
    public List<String> changedFrom(KpiFacts before) {
        List<String> changed = new ArrayList<>();
        Fields.compare(changed, "sla", before.agreementId, agreementId);
        Fields.compare(changed, "measure", before.measureName, measureName);
        Fields.compare(changed, "period", before.period, period);
        Fields.compare(
                changed,
                "value",
                before.value == null ? null : before.value.stripTrailingZeros(),
                value == null ? null : value.stripTrailingZeros());
        Fields.compare(changed, "note", before.note, note);
        return changed;
    }
}
