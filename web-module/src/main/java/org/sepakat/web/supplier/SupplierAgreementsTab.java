package org.sepakat.web.supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.entity.SupplierAgreement;

/** The agreements of the supplier on its page (SUP-2), read once per request. */
@Named
@RequestScoped
public class SupplierAgreementsTab {

    @Inject
    SupplierAgreements agreements;

    private List<SupplierAgreement> found;

    public List<SupplierAgreement> of(Long supplierId) {
        if (found == null) {
            found = supplierId == null ? List.of() : agreements.ofSupplier(supplierId);
        }
        return found;
    }
}
