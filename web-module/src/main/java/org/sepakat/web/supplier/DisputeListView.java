package org.sepakat.web.supplier;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.supplier.boundary.SupplierDisputes;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.entity.DisputeOutcome;
import org.sepakat.supplier.entity.DisputeStatus;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierDispute;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.PagedModel;
import org.sepakat.web.shared.UserSession;

/** The dispute register, paged and filtered by the database (SUP-12). */
@Named
@ViewScoped
public class DisputeListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplierDisputes disputes;

    @Inject
    Suppliers suppliers;

    @Inject
    UserSession userSession;

    private PagedModel<SupplierDispute> model;
    private List<Supplier> supplierChoices;

    @PostConstruct
    void init() {
        SupplierDisputes boundary = disputes;
        model = new PagedModel<SupplierDispute>(boundary::list, SupplierDispute::getId)
                .inUrl("text", "status", "supplier")
                .exportAs(
                        "disputes",
                        ListColumn.of("dispute.number", SupplierDispute::getNumber),
                        ListColumn.of("dispute.supplier", d -> d.getSupplier().getCode()),
                        ListColumn.of("dispute.agreement", SupplierDispute::getAgreementReference),
                        ListColumn.of("dispute.concerns", SupplierDispute::getConcerns),
                        ListColumn.of("dispute.subject", SupplierDispute::getSubject),
                        ListColumn.of("dispute.amount", SupplierDispute::getAmount),
                        ListColumn.of("dispute.currency", d -> d.getCurrency().getCurrencyCode()),
                        ListColumn.of("dispute.raisedBy", SupplierDispute::getRaisedBy),
                        ListColumn.of("dispute.owner", SupplierDispute::getOwner),
                        ListColumn.label("dispute.status", "enum.DisputeStatus.", SupplierDispute::getStatus),
                        ListColumn.label("dispute.outcome", "enum.DisputeOutcome.", SupplierDispute::getOutcome),
                        ListColumn.of("dispute.raisedAt", SupplierDispute::getCreatedAt));
    }

    public void load() {
        PageGuard.allow(userSession.isCanReadSuppliers());
    }

    public PagedModel<SupplierDispute> getDisputes() {
        return model;
    }

    public DisputeStatus[] getStatuses() {
        return DisputeStatus.values();
    }

    public DisputeOutcome[] getOutcomes() {
        return DisputeOutcome.values();
    }

    /** The suppliers the user may read, by code, to filter by. */
    public List<Supplier> getSupplierChoices() {
        if (supplierChoices == null) {
            supplierChoices = suppliers
                    .list(new PageRequest(0, PageRequest.MAX_SIZE, "code", true, Map.of()))
                    .items();
        }
        return supplierChoices;
    }
}
