package org.sepakat.web.servicelevel;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.Service;
import org.sepakat.servicelevel.boundary.Calendars;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.web.shared.AllAtOnce;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.ShownRecord;
import org.sepakat.web.shared.TargetRow;
import org.sepakat.web.shared.UserSession;

/**
 * The one editor of a service level agreement: header, targets, workload limits and exceptions
 * saved as a whole (SLM-2..5), and the steps of the controlled document (SLM-9). Signing is
 * {@link SlaAgreeView}'s, versions {@link SlaVersionsView}'s.
 */
@Named
@ViewScoped
public class SlaEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "slaForm";
    private static final int CHOICES = PageRequest.MAX_SIZE;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    Customers customers;

    @Inject
    Calendars calendars;

    @Inject
    ShownRecord<ServiceLevelAgreement> shown;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    @Inject
    AllAtOnce allAtOnce;

    private Long id;
    private SlaDraft draft = new SlaDraft();
    private List<Customer> customerChoices = List.of();
    private List<Service> serviceChoices = List.of();
    private List<String> calendarCodes = List.of();

    /**
     * Those who may not edit agreements, and authors of a signed agreement whose content
     * cannot change now (SLM-9), read it as a document with the steps they may take: the preview,
     * not a greyed-out form.
     */
    public String load() {
        if (id != null && !userSession.isCanEditSlas()) {
            return document();
        }
        calendarCodes = calendars.all().stream().map(ServiceCalendar::getCode).toList();
        if (id == null) {
            if (PageGuard.allow(userSession.isCanEditSlas())) {
                customerChoices = customers
                        .list(new PageRequest(0, CHOICES, "code", true, null))
                        .items();
            }
            return null;
        }
        Optional<ServiceLevelAgreement> loaded = shown.load(() -> agreements.find(id));
        if (loaded.isPresent() && !loaded.get().getStatus().isEditable()) {
            return document();
        }
        loaded.ifPresent(this::edit);
        return null;
    }

    private String document() {
        return "/slas/preview?faces-redirect=true&id=" + id;
    }

    void show(ServiceLevelAgreement current) {
        edit(shown.show(current));
    }

    private void edit(ServiceLevelAgreement loaded) {
        draft = SlaDraft.of(loaded);
        customerChoices = List.of(customers.find(loaded.getCustomerId()));
        chooseCustomer();
    }

    /** The services offered for the SLA are those its customer takes (SLM-2). */
    public void chooseCustomer() {
        serviceChoices = draft.getCustomerId() == null
                ? List.of()
                : customers.find(draft.getCustomerId()).getServices();
        draft.getServiceIds()
                .retainAll(serviceChoices.stream().map(Service::getId).toList());
    }

    public String save() {
        if (getSla() == null) {
            return attempt.saveAndOpen(() -> agreements.create(draft.toData(null)), FORM, "sla.saved", "/slas/edit");
        }
        if (attempt.run(() -> show(agreements.update(id, draft.toData(getSla().getVersion()))), FORM)) {
            attempt.done("sla.saved", getSla().getReference());
        }
        return null;
    }

    /** A save the page refused a field of still names the problems of the rest of the draft (issue 12 §4). */
    public void checkAll(ComponentSystemEvent event) {
        if (isEditable()) {
            allAtOnce.afterRefusal(
                    event,
                    "saveButton",
                    () -> agreements.check(id, draft.toData(getSla() == null ? null : getSla().getVersion())));
        }
    }

    /** Stores what is on screen before the document is signed; false when it was refused. */
    boolean saveBeforeSigning() {
        return !isEditable()
                || attempt.run(() -> show(agreements.update(id, draft.toData(getSla().getVersion()))), FORM);
    }

    private void act(Supplier<ServiceLevelAgreement> action, String doneKey) {
        if (attempt.run(() -> show(action.get()))) {
            attempt.done(doneKey, getSla().getReference());
        }
    }

    public void activate() {
        act(() -> agreements.activate(id, getSla().getVersion()), "sla.activated");
    }

    public void startRevision() {
        act(() -> agreements.startRevision(id, getSla().getVersion()), "sla.revisionStarted");
    }

    public void retire() {
        act(() -> agreements.retire(id, getSla().getVersion()), "sla.retired");
    }

    public void addTarget() {
        draft.getTargets().add(new TargetRow());
    }

    public void removeTarget(TargetRow row) {
        draft.getTargets().remove(row);
    }

    public void addLimit() {
        draft.getLimits().add(new LimitRow());
    }

    public void removeLimit(LimitRow row) {
        draft.getLimits().remove(row);
    }

    public void addWindow() {
        draft.getWindows().add(new WindowRow());
    }

    public void removeWindow(WindowRow row) {
        draft.getWindows().remove(row);
    }

    public boolean isCreating() {
        return getSla() == null;
    }

    /** Content can change while nobody has signed it or a revision is open, and only by an author. */
    public boolean isEditable() {
        return userSession.isCanEditSlas()
                && (getSla() == null || getSla().getStatus().isEditable());
    }

    public boolean isAgreeable() {
        return userSession.isCanEditSlas()
                && getSla() != null
                && getSla().getStatus().isEditable();
    }

    public boolean isActivatable() {
        return userSession.isCanEditSlas() && getSla() != null && getSla().getStatus() == SlaStatus.AGREED;
    }

    public boolean isRevisable() {
        return userSession.isCanEditSlas()
                && getSla() != null
                && (getSla().getStatus() == SlaStatus.AGREED || getSla().getStatus() == SlaStatus.ACTIVE);
    }

    public boolean isRetirable() {
        return userSession.isCanEditSlas() && getSla() != null && getSla().isRetirable();
    }

    public ServiceLevelAgreement getSla() {
        return shown.record();
    }

    public SlaDraft getDraft() {
        return draft;
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
    }

    public List<Customer> getCustomerChoices() {
        return customerChoices;
    }

    public List<Service> getServiceChoices() {
        return serviceChoices;
    }

    public List<String> getCalendarCodes() {
        return calendarCodes;
    }

    /** The PDF of this SLA in the user's language, served by {@link SlaPdfServlet}. */
    public String getPdfUrl() {
        return SlaPdfServlet.url(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
