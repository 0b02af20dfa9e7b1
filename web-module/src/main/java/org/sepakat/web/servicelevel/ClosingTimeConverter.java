package org.sepakat.web.servicelevel;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.sepakat.common.Messages;
import org.sepakat.shared.terms.OpeningHours;

/**
 * A calendar day's closing time as people write it, HH:mm up to 24:00 (the end of the day, kept as
 * 00:00: see {@link OpeningHours}). 00:00 itself is refused, as it would read as the day's start.
 */
@FacesConverter("sepakat.closingTime")
public class ClosingTimeConverter implements Converter<LocalTime> {

    private static final String END_OF_DAY = "24:00";
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (END_OF_DAY.equals(text)) {
            return LocalTime.MIDNIGHT;
        }
        LocalTime time;
        try {
            time = LocalTime.parse(text, HOURS_MINUTES);
        } catch (DateTimeParseException e) {
            throw refused(context, "error.calendar.time", text, label(component));
        }
        if (OpeningHours.closesAtEndOfDay(time)) {
            throw refused(context, "error.calendar.closesAtMidnight", label(component));
        }
        return time;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return value == null ? "" : OpeningHours.closingText(value);
    }

    /** The field's label, as the Faces messages name a field (its id when it has none). */
    private static Object label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null ? component.getId() : label;
    }

    private static ConverterException refused(FacesContext context, String key, Object... arguments) {
        String text = Messages.text(context.getViewRoot().getLocale(), key, arguments);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
