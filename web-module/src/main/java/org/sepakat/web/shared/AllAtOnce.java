package org.sepakat.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.sepakat.shared.entity.InvalidInput;

/**
 * One save names every problem of a form (issue 12 §4). When the page itself refuses a field (a
 * converter cannot read it), Faces stops before the action, so the boundary never sees the rest:
 * this lets the fields that passed reach the form's model and asks the boundary for the problems of
 * all of it, shown beside their fields, in the same answer. Nothing is stored.
 */
@ApplicationScoped
public class AllAtOnce {

    /** The request parameter naming the component that sent an ajax request. */
    private static final String SOURCE = "jakarta.faces.source";

    @Inject
    FacesErrors errors;

    /**
     * For {@code <f:event type="postValidate">} on a form: after a save by {@code buttonId} that
     * the page refused, runs {@code check} (a boundary's check that throws {@link InvalidInput}).
     */
    public void afterRefusal(ComponentSystemEvent event, String buttonId, Runnable check) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent form = event.getComponent();
        if (!faces.isValidationFailed() || !savedBy(faces, form, buttonId)) {
            return;
        }
        Set<String> refused = new HashSet<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id != null) {
                refused.add(id);
            }
        }
        // Only valid inputs are written: a refused one keeps its typed text and its message.
        form.processUpdates(faces);
        try {
            check.run();
        } catch (InvalidInput e) {
            errors.showBesideRefused(e, form.getId(), refused);
        }
    }

    private static boolean savedBy(FacesContext faces, UIComponent form, String buttonId) {
        UIComponent button = form.findComponent(buttonId);
        String source = faces.getExternalContext().getRequestParameterMap().get(SOURCE);
        return button != null && button.getClientId(faces).equals(source);
    }
}
