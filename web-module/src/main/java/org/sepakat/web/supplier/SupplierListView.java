package org.sepakat.web.supplier;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierKind;
import org.sepakat.supplier.entity.SupplierStatus;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.PagedModel;
import org.sepakat.web.shared.UserSession;

/** The supplier register, paged and filtered by the database (SUP-1). */
@Named
@ViewScoped
public class SupplierListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Suppliers suppliers;

    @Inject
    UserSession userSession;

    private PagedModel<Supplier> model;

    @PostConstruct
    void init() {
        Suppliers boundary = suppliers;
        model = new PagedModel<Supplier>(boundary::list, Supplier::getId)
                .inUrl("code", "name", "kind", "status")
                .exportAs(
                        "suppliers",
                        ListColumn.of("supplier.code", Supplier::getCode),
                        ListColumn.of("supplier.name", Supplier::getName),
                        ListColumn.label("supplier.kind", "enum.SupplierKind.", Supplier::getKind),
                        ListColumn.label("supplier.status", "enum.SupplierStatus.", Supplier::getStatus),
                        ListColumn.of("supplier.changedAt", Supplier::getChangedAt));
    }

    /** The page's own role check: a role that may not read suppliers gets a 403. */
    public void load() {
        PageGuard.allow(userSession.isCanReadSuppliers());
    }

    public PagedModel<Supplier> getSuppliers() {
        return model;
    }

    public SupplierKind[] getKinds() {
        return SupplierKind.values();
    }

    public SupplierStatus[] getStatuses() {
        return SupplierStatus.values();
    }
}
