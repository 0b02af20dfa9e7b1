package org.sepakat.web.party;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceData;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/** Adds a service to the catalogue or changes one; keeps the version it read. */
@Named
@ViewScoped
public class ServiceEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "serviceForm";

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    private Long id;
    private String code;
    private String name;
    private String description;
    private Long ownerId;
    private Long version;
    private List<Staff> owners = List.of();

    public void load() {
        if (!PageGuard.allow(userSession.isCanEditServices())) {
            return;
        }
        owners = staffDirectory.everyone();
        if (id == null) {
            return;
        }
        try {
            Service service = catalogue.find(id);
            code = service.getCode();
            name = service.getName();
            description = service.getDescription();
            ownerId = service.getOwner() == null ? null : service.getOwner().getId();
            version = service.getVersion();
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    public String save() {
        ServiceData data = new ServiceData(code, name, description, ownerId, version);
        return attempt.saveAndOpen(
                () -> id == null ? catalogue.create(data) : catalogue.update(id, data),
                FORM,
                "party.service.saved",
                "/services/view");
    }

    public boolean isCreating() {
        return id == null;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
