package org.sepakat.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.sepakat.common.Messages;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.BusinessException;

/** Runs one user action against a boundary; a business refusal becomes a message on the page. */
@ApplicationScoped
public class Attempt {

    @Inject
    FacesErrors errors;

    /** @return whether the action went through; if not, the refusal is already shown */
    public boolean run(Runnable action, String formId) {
        return run(action, formId, "");
    }

    /** As {@link #run(Runnable, String)} for a form whose input ids carry a prefix (see {@link FacesErrors}). */
    public boolean run(Runnable action, String formId, String idPrefix) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            errors.show(e, formId, idPrefix);
            return false;
        }
    }

    public boolean run(Runnable action) {
        return run(action, null);
    }

    /**
     * Saves a form and opens the saved record's page, which confirms it by its key (code, number,
     * name); a refusal keeps the user on the form with the problems beside the fields.
     *
     * @return {@code page} with the saved record's id, or null to stay on the form
     */
    public <T extends AuditedEntity> String saveAndOpen(Supplier<T> save, String formId, String savedKey, String page) {
        try {
            T saved = save.get();
            errors.info(savedKey, saved.auditKey());
            return page + "?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessException e) {
            errors.show(e, formId);
            return null;
        }
    }

    /**
     * Confirms an action answered on the same page (ajax); unlike {@link FacesErrors#info} it
     * does not keep the message for a following request.
     */
    public void done(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
