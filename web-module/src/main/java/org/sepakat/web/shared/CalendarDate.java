package org.sepakat.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.sepakat.common.Messages;

/**
 * A date typed as yyyy-MM-dd, read strictly: 2026-02-30 is refused with a message on the field,
 * never moved to 2026-02-28 as the lenient default of the date pickers does (issue 12 §4).
 */
@FacesConverter("sepakat.date")
public class CalendarDate implements Converter<LocalDate> {

    static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), FORMAT);
        } catch (DateTimeParseException e) {
            String text = Messages.text(
                    context.getViewRoot().getLocale(), "form.date.invalid", FieldLabel.of(component), value.trim());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
