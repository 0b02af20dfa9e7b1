package org.sepakat.web.supplier;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.PagedModel;
import org.sepakat.web.shared.UserSession;

/** Supplier agreements, paged and filtered by the database, of the suppliers the user may read (SUP-2). */
@Named
@ViewScoped
public class SupplierAgreementListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplierAgreements agreements;

    @Inject
    Suppliers suppliers;

    @Inject
    UserSession userSession;

    private PagedModel<SupplierAgreement> model;
    private List<Supplier> supplierChoices = List.of();

    @PostConstruct
    void init() {
        SupplierAgreements boundary = agreements;
        model = new PagedModel<SupplierAgreement>(boundary::list, SupplierAgreement::getId)
                .inUrl("text", "kind", "status", "supplier")
                .exportAs(
                        "supplier-agreements",
                        ListColumn.of("supplierAgreement.reference", SupplierAgreement::getReference),
                        ListColumn.of("supplierAgreement.title", SupplierAgreement::getTitle),
                        ListColumn.of(
                                "supplierAgreement.supplier",
                                a -> a.getSupplier().getCode()),
                        ListColumn.label("supplierAgreement.kind", "enum.AgreementKind.", SupplierAgreement::getKind),
                        ListColumn.label(
                                "supplierAgreement.status", "enum.AgreementStatus.", SupplierAgreement::getStatus),
                        ListColumn.of("supplierAgreement.changedAt", SupplierAgreement::getChangedAt));
    }

    /** The page's own role check: a role that may not read suppliers gets a 403. */
    public void load() {
        if (PageGuard.allow(userSession.isCanReadSuppliers())) {
            supplierChoices = suppliers
                    .list(new PageRequest(0, PageRequest.MAX_SIZE, "code", true, null))
                    .items();
        }
    }

    public PagedModel<SupplierAgreement> getAgreements() {
        return model;
    }

    public List<Supplier> getSupplierChoices() {
        return supplierChoices;
    }
}
