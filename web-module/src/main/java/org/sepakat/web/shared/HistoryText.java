package org.sepakat.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import org.sepakat.common.Messages;

/**
 * Names the fields of the history and of version comparisons in the user's language.
 * A line of a list ("target: Availability") is named by its kind and keeps its own name.
 */
@Named
@ApplicationScoped
public class HistoryText {

    private static final String SEPARATOR = ": ";

    public String field(String name) {
        return field(FacesContext.getCurrentInstance().getViewRoot().getLocale(), name);
    }

    public static String field(Locale locale, String name) {
        if (name == null) {
            return "";
        }
        int separator = name.indexOf(SEPARATOR);
        if (separator > 0) {
            return label(locale, name.substring(0, separator))
                    + SEPARATOR
                    + name.substring(separator + SEPARATOR.length());
        }
        return label(locale, name);
    }

    private static String label(Locale locale, String name) {
        String key = "history.field." + name;
        String text = Messages.text(locale, key);
        return text.equals(key) ? name : text;
    }
}
