package org.sepakat.web.improvement;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sepakat.common.Messages;
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.improvement.entity.ImprovementData;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/**
 * Records an improvement opportunity, or changes what it is about, its owner, due date and
 * priority; the source stays as recorded. Keeps the version it read.
 */
@Named
@ViewScoped
public class ImprovementEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "improvementForm";

    @Inject
    Improvements improvements;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    @Inject
    Clock clock;

    private Long id;
    private String number;
    private String title;
    private String description;
    private SourceKind sourceKind = SourceKind.MANUAL;
    private String sourceReference;
    private String sourceRecordType;
    private Long sourceRecordId;
    private String owner;
    private LocalDate dueOn;
    private LocalDate storedDueOn;
    private LocalDate pastDueAsked;
    private ImprovementPriority priority = ImprovementPriority.MEDIUM;
    private Long version;
    private List<Staff> owners = List.of();

    public void load() {
        if (!PageGuard.allow(userSession.isCanEditImprovements())) {
            return;
        }
        owners = staffDirectory.everyone();
        if (id == null) {
            owner = userSession.getUsername();
            return;
        }
        try {
            ImprovementOpportunity opportunity = improvements.find(id);
            number = opportunity.getNumber();
            title = opportunity.getTitle();
            description = opportunity.getDescription();
            sourceKind = opportunity.getSource().getKind();
            sourceReference = opportunity.getSource().getReference();
            sourceRecordType = opportunity.getSource().getRecordType();
            sourceRecordId = opportunity.getSource().getRecordId();
            owner = opportunity.getOwner();
            dueOn = opportunity.getDueOn();
            storedDueOn = dueOn;
            priority = opportunity.getPriority();
            version = opportunity.getVersion();
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    public String save() {
        if (!pastDueAccepted()) {
            return null;
        }
        ImprovementData data = new ImprovementData(
                title,
                description,
                sourceKind,
                sourceReference,
                sourceRecordType,
                sourceRecordId,
                owner,
                dueOn,
                priority,
                version);
        return attempt.saveAndOpen(
                () -> id == null ? improvements.create(data) : improvements.update(id, data),
                FORM,
                "improvement.saved",
                "/improvements/view");
    }

    /**
     * A due date in the past is asked about once: the first save shows the question beside the
     * field, saving again with the same date keeps it (issue 12 §4). A stored date is not asked about.
     */
    private boolean pastDueAccepted() {
        if (dueOn == null
                || !dueOn.isBefore(LocalDate.now(clock))
                || dueOn.equals(storedDueOn)
                || dueOn.equals(pastDueAsked)) {
            return true;
        }
        pastDueAsked = dueOn;
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), "improvement.dueOn.past", dueOn.toString());
        UIComponent input = faces.getViewRoot().findComponent(FORM + ":dueOn");
        faces.addMessage(
                input == null ? null : input.getClientId(faces),
                new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
        return false;
    }

    public boolean isAskingPastDue() {
        return dueOn != null && dueOn.equals(pastDueAsked);
    }

    public boolean isCreating() {
        return id == null;
    }

    public SourceKind[] getSourceKinds() {
        return SourceKind.values();
    }

    public ImprovementPriority[] getPriorities() {
        return ImprovementPriority.values();
    }

    public List<Staff> getOwners() {
        return owners;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public SourceKind getSourceKind() {
        return sourceKind;
    }

    public void setSourceKind(SourceKind sourceKind) {
        this.sourceKind = sourceKind;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public ImprovementPriority getPriority() {
        return priority;
    }

    public void setPriority(ImprovementPriority priority) {
        this.priority = priority;
    }
}
