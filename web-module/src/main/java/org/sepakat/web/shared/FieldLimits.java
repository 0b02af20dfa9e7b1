package org.sepakat.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sepakat.common.Messages;

/**
 * Shows a text field's limit before anything is typed (issue 12 §4): "At most 200 characters"
 * beside the input. The number is the command's Bean Validation {@code @Size}, the one place the
 * limit is set and the one the save and the REST API refuse by.
 */
@Named
@ApplicationScoped
public class FieldLimits {

    private final Map<String, Integer> known = new ConcurrentHashMap<>();

    /** @return the hint for field {@code field} of the command class named {@code command} */
    public String hint(String command, String field) {
        return Messages.text(
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), "form.limit", max(command, field));
    }

    /** @return the {@code @Size(max)} of the field; a page naming a field without one fails loudly */
    public int max(String command, String field) {
        return known.computeIfAbsent(command + "#" + field, key -> read(command, field));
    }

    static int read(String command, String field) {
        try {
            Class<?> type = Class.forName(command, false, FieldLimits.class.getClassLoader());
            Size size = type.getDeclaredField(field).getAnnotation(Size.class);
            if (size == null) {
                throw new IllegalArgumentException(command + "." + field + " has no @Size");
            }
            return size.max();
        } catch (ClassNotFoundException | NoSuchFieldException e) {
            throw new IllegalArgumentException("No field " + field + " in " + command, e);
        }
    }
}
