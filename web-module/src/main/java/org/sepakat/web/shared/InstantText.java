package org.sepakat.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Shows a stored moment ({@link Instant}) as a date and time in the user's language and the
 * server's time zone; {@code f:convertDateTime} does not take an {@code Instant}. Output only.
 */
@FacesConverter("sepakat.instant")
public class InstantText implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("sepakat.instant only formats");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(context.getViewRoot().getLocale())
                .withZone(ZoneId.systemDefault())
                .format(value);
    }
}
