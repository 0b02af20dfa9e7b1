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
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.ShownRecord;

/** One service of the catalogue: launch it, retire it, and see its history. */
@Named
@ViewScoped
public class ServiceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ShownRecord<Service> shown;

    @Inject
    Attempt attempt;

    private Long id;

    public void load() {
        shown.load(() -> catalogue.find(id));
    }

    private void act(Supplier<Service> action, String doneKey) {
        if (attempt.run(() -> shown.show(action.get()))) {
            attempt.done(doneKey, getService().getCode());
        }
    }

    public void launch() {
        act(() -> catalogue.launch(id, getService().getVersion()), "party.service.launched");
    }

    public void retire() {
        act(() -> catalogue.retire(id, getService().getVersion()), "party.service.retired");
    }

    public boolean isLaunchable() {
        return getService().getStatus() == ServiceStatus.PIPELINE;
    }

    public boolean isRetirable() {
        return getService().getStatus() != ServiceStatus.RETIRED;
    }

    public Service getService() {
        return shown.record();
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
