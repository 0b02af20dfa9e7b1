package org.sepakat.export;

import java.time.LocalDate;
import java.util.Locale;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.terms.TargetMetric;

/** An agreement's lines worded in one language, the same for the preview page and the PDF. */
public final class SlaText extends DocumentText {

    public SlaText(Locale locale) {
        super(locale);
    }

    /** e.g. "at least 99.5 %" */
    public String level(AgreementTarget target) {
        return label(target.getComparison()) + " " + number(target.getThreshold()) + " " + target.getUnit();
    }

    /**
     * What a target counts: for a ticket share e.g. "P1 within 8 h", for a response target with what a
     * ticket resolved with no first response counts as; for availability whether its services are
     * reported one by one or pooled; empty for a custom KPI.
     */
    public String scope(AgreementTarget target) {
        return switch (target.getMetric()) {
            case AVAILABILITY -> label(target.getAvailabilityScope());
            case RESPONSE_TIME -> within(target) + "; " + label(target.getNoResponse());
            case RESOLUTION_TIME -> within(target);
            case CUSTOM_KPI -> "";
        };
    }

    private String within(AgreementTarget target) {
        return label("sla.doc.withinHours", target.getPriority(), number(target.getWithinHours()));
    }

    /** The calendar a target's hours follow, or 24×7 when it names none; empty for a custom KPI. */
    public String calendar(AgreementTarget target) {
        if (target.getCalendarCode() != null) {
            return target.getCalendarCode();
        }
        return target.getMetric() == TargetMetric.CUSTOM_KPI ? "–" : label("sla.roundTheClock");
    }

    public String maximum(WorkloadLimit limit) {
        return label("sla.doc.maximum", limit.getMaximum(), label(limit.getPeriod()));
    }

    /** e.g. "every Sunday from 01:00 WIB for 120 minutes": the start in the SLA's zone, labelled with it. */
    public String when(MaintenanceWindow window, String zone) {
        LocalDate day = window.getOnDate() != null ? window.getOnDate() : LocalDate.now();
        return switch (window.getRecurrence()) {
                    case ONCE -> label("sla.doc.once", date(window.getOnDate()));
                    case WEEKLY -> label("sla.doc.weekly", label(window.getOnDayOfWeek()));
                    case MONTHLY -> label("sla.doc.monthly", window.getOnDayOfMonth());
                }
                + " "
                + label("sla.doc.windowTime", time(window.getStartsAt(), day, zone), window.getDurationMinutes());
    }

    public String validity(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return label("sla.doc.openEnded");
        }
        return (from == null ? "…" : date(from)) + " – " + (to == null ? "…" : date(to));
    }

    /** The agreement's zone with the name it goes by: "Asia/Jakarta (WIB)". */
    public String zone(String zone) {
        return zone + " (" + zoneName(zone) + ")";
    }
}
