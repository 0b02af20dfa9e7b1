package org.sepakat.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;
import org.sepakat.common.Durations;
import org.sepakat.common.Messages;

/**
 * What every page uses to show a figure people read (issue 12 §3): durations as h:mm or days,
 * counts with their plural in the page's language. Moments go through {@link InstantText}, names
 * of fields and values through {@link HistoryText}.
 */
@Named("readable")
@ApplicationScoped
public class Figures {

    /** A duration given in seconds, e.g. "1:30 h", "20 days 6:00 h". */
    public String duration(Number seconds) {
        if (seconds == null) {
            return "";
        }
        BigDecimal value = seconds instanceof BigDecimal decimal ? decimal : new BigDecimal(seconds.toString());
        return Durations.of(locale(), value);
    }

    /** A bundle text holding a choice format, e.g. {@code report.count.tickets} with 1 → "1 ticket". */
    public String count(String key, Number count) {
        return Messages.text(locale(), key, count == null ? 0 : count);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
