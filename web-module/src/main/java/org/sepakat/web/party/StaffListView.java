package org.sepakat.web.party;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PagedModel;

/** The provider's staff as the user registry knows them, paged by the database. */
@Named
@ViewScoped
public class StaffListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffDirectory staffDirectory;

    private PagedModel<Staff> model;

    @PostConstruct
    void init() {
        StaffDirectory boundary = staffDirectory;
        model = new PagedModel<Staff>(boundary::list, Staff::getId)
                .inUrl("username", "displayName", "email")
                .exportAs(
                        "staff",
                        ListColumn.of("party.staff.username", Staff::getUsername),
                        ListColumn.of("party.staff.displayName", Staff::getDisplayName),
                        ListColumn.of("party.email", Staff::getEmail));
    }

    public PagedModel<Staff> getStaff() {
        return model;
    }
}
