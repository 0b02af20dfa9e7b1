package org.sepakat.web.servicelevel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.web.shared.FacesErrors;
import org.sepakat.web.shared.UserSession;

/**
 * The steps an author may take from an agreement's document once it is signed (SLM-9): start a
 * new revision (which opens the editor), activate, retire. The document shows what was agreed,
 * not a greyed-out editor; the version shown is kept so a step taken on an agreement someone else
 * changed meanwhile is refused, not applied to what the reader never saw.
 */
@Named
@ViewScoped
public class SlaDocumentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    UserSession userSession;

    @Inject
    FacesErrors errors;

    private Long id;
    private long version;
    private SlaStatus status;
    private boolean retirable;

    /** Remembers the agreement the document shows; called once, when the page opens. */
    public void show(ServiceLevelAgreement sla) {
        if (sla == null) {
            return;
        }
        id = sla.getId();
        version = sla.getVersion();
        status = sla.getStatus();
        retirable = sla.isRetirable();
    }

    public String startRevision() {
        return act(() -> agreements.startRevision(id, version), "sla.revisionStarted", "/slas/edit");
    }

    public String activate() {
        return act(() -> agreements.activate(id, version), "sla.activated", "/slas/preview");
    }

    public String retire() {
        return act(() -> agreements.retire(id, version), "sla.retired", "/slas/preview");
    }

    private String act(Supplier<ServiceLevelAgreement> step, String doneKey, String page) {
        try {
            ServiceLevelAgreement changed = step.get();
            errors.info(doneKey, changed.getReference());
            return page + "?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            errors.show(e);
            return null;
        }
    }

    /** Content changes in the editor: a draft, or an agreement whose revision is open. */
    public boolean isInEditor() {
        return userSession.isCanEditSlas() && status != null && status.isEditable();
    }

    public boolean isRevisable() {
        return userSession.isCanEditSlas() && (status == SlaStatus.AGREED || status == SlaStatus.ACTIVE);
    }

    public boolean isActivatable() {
        return userSession.isCanEditSlas() && status == SlaStatus.AGREED;
    }

    public boolean isRetirable() {
        return userSession.isCanEditSlas() && retirable;
    }

    public Long getId() {
        return id;
    }
}
