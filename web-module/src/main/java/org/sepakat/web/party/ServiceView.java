package org.sepakat.web.party;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceStatus;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.PageGuard;

/** One service of the catalogue: launch it, retire it, and see its history. */
@Named
@ViewScoped
public class ServiceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    History history;

    @Inject
    Attempt attempt;

    private Long id;
    private Service service;
    private List<HistoryEntry> changes = List.of();

    public void load() {
        try {
            show(catalogue.find(id));
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    private void show(Service loaded) {
        service = loaded;
        changes = history.of(Service.class.getSimpleName(), loaded.getId());
    }

    private void act(Supplier<Service> action, String doneKey) {
        if (attempt.run(() -> show(action.get()))) {
            attempt.done(doneKey, service.getCode());
        }
    }

    public void launch() {
        act(() -> catalogue.launch(id, service.getVersion()), "party.service.launched");
    }

    public void retire() {
        act(() -> catalogue.retire(id, service.getVersion()), "party.service.retired");
    }

    public boolean isLaunchable() {
        return service.getStatus() == ServiceStatus.PIPELINE;
    }

    public boolean isRetirable() {
        return service.getStatus() != ServiceStatus.RETIRED;
    }

    public Service getService() {
        return service;
    }

    public List<HistoryEntry> getChanges() {
        return changes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
