package org.sepakat.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;

/**
 * Shows a stored moment ({@link Instant}) the one way {@link Moments} words it: in the user's
 * language and zone, with the zone's name; {@code f:convertDateTime} does not take an {@code Instant}.
 * Output only.
 */
@FacesConverter("sepakat.instant")
public class InstantText implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("sepakat.instant only formats");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        UserSession user = CDI.current().select(UserSession.class).get();
        return Moments.format(value, user.getZone(), context.getViewRoot().getLocale());
    }
}
