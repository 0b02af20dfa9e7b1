package org.sepakat.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.sepakat.common.Messages;
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.shared.entity.InvalidInput;

/**
 * Shows a business refusal on the page: field problems beside the field whose id matches the
 * field name inside the given form, everything else as a global message.
 */
@ApplicationScoped
public class FacesErrors {

    public void show(BusinessException e) {
        show(e, null);
    }

    public void show(BusinessException e, String formId) {
        show(e, formId, "");
    }

    /**
     * As {@link #show(BusinessException, String)}, for forms whose input ids carry a prefix:
     * with prefix "contact" the problem of field "email" goes beside input "contactEmail".
     */
    public void show(BusinessException e, String formId, String idPrefix) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        if (e instanceof InvalidInput invalid) {
            for (Messages.FieldText field : Messages.fields(locale, invalid)) {
                faces.addMessage(
                        clientId(faces, formId, inputId(idPrefix, field.field())),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(), field.message()));
            }
        } else {
            String text = Messages.text(locale, e);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    public void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    private static String inputId(String prefix, String field) {
        if (prefix.isEmpty() || field.isEmpty()) {
            return field;
        }
        return prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static String clientId(FacesContext faces, String formId, String field) {
        if (formId == null) {
            return null;
        }
        UIComponent form = faces.getViewRoot().findComponent(formId);
        UIComponent input = form == null ? null : form.findComponent(field);
        return input == null ? null : input.getClientId(faces);
    }
}
