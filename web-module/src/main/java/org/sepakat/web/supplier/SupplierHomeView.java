package org.sepakat.web.supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.WorkItem;
import org.sepakat.supplier.boundary.SupplierWorkItems;
import org.sepakat.web.shared.UserSession;

/**
 * The supplier manager's section of the start page (issue 13 §1): the suppliers he is responsible
 * for and the interface reviews past due (SUP-8); the start page words them like every other item.
 */
@Named
@RequestScoped
public class SupplierHomeView {

    @Inject
    SupplierWorkItems workItems;

    @Inject
    UserSession user;

    private List<WorkItem> mySuppliers;
    private List<WorkItem> overdueReviews;

    public boolean isSupplierManager() {
        return user.inRole(Roles.SUPPLIER_MANAGER);
    }

    public List<WorkItem> getMySuppliers() {
        if (mySuppliers == null) {
            mySuppliers = workItems.mySuppliers();
        }
        return mySuppliers;
    }

    public List<WorkItem> getOverdueReviews() {
        if (overdueReviews == null) {
            overdueReviews = workItems.overdueReviews();
        }
        return overdueReviews;
    }
}
