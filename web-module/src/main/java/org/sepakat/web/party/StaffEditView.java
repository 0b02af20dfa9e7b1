package org.sepakat.web.party;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.party.entity.StaffData;
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.web.shared.FacesErrors;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/** An administrator corrects a member of staff's display name and e-mail; the user name stays. */
@Named
@ViewScoped
public class StaffEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "staffForm";

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    UserSession userSession;

    @Inject
    FacesErrors facesErrors;

    private Long id;
    private String username;
    private String displayName;
    private String email;
    private Long version;

    public void load() {
        if (!PageGuard.allow(userSession.isCanEditStaff())) {
            return;
        }
        try {
            Staff staff = staffDirectory.find(id);
            username = staff.getUsername();
            displayName = staff.getDisplayName();
            email = staff.getEmail();
            version = staff.getVersion();
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    public String save() {
        try {
            Staff saved = staffDirectory.update(id, new StaffData(displayName, email, version));
            facesErrors.info("party.staff.saved", saved.getUsername());
            return "/staff/list?faces-redirect=true";
        } catch (BusinessException e) {
            facesErrors.show(e, FORM);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
