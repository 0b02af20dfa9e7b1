package org.sepakat.web.servicelevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ServiceLevelTarget;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.web.shared.Messages;

/** An agreement's lines worded in one language, the same for the preview page and the PDF. */
final class SlaText {

    private final Locale locale;

    SlaText(Locale locale) {
        this.locale = locale;
    }

    String label(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    String label(Enum<?> constant) {
        return constant == null ? "" : label("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** e.g. "at least 99.5 %" */
    String level(ServiceLevelTarget target) {
        return label(target.getComparison()) + " " + number(target.getThreshold()) + " " + target.getUnit();
    }

    /** What a ticket-share target counts, e.g. "P1 within 8 h"; empty for other metrics. */
    String scope(ServiceLevelTarget target) {
        if (!target.getMetric().isTicketShare()) {
            return "";
        }
        return label("sla.doc.withinHours", target.getPriority(), number(target.getWithinHours()));
    }

    String maximum(WorkloadLimit limit) {
        return label("sla.doc.maximum", limit.getMaximum(), label(limit.getPeriod()));
    }

    String when(MaintenanceWindow window) {
        return switch (window.getRecurrence()) {
            case ONCE -> label("sla.doc.once", date(window.getOnDate()));
            case WEEKLY -> label("sla.doc.weekly", label(window.getOnDayOfWeek()));
            case MONTHLY -> label("sla.doc.monthly", window.getOnDayOfMonth());
        } + " " + label("sla.doc.windowTime", window.getStartsAt().toString(), window.getDurationMinutes());
    }

    String validity(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return label("sla.doc.openEnded");
        }
        return (from == null ? "…" : date(from)) + " – " + (to == null ? "…" : date(to));
    }

    String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    String moment(Instant at, String zone) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.of(zone)).format(at);
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
