package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sepakat.shared.entity.Changes;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.entity.SupplierAgreedVersion;
import org.sepakat.web.shared.DocumentVersionsView;

/** SUP-2: every agreed version of the supplier agreement on its document page, and what changed between two. */
@Named
@ViewScoped
public class SupplierAgreementVersionsView extends DocumentVersionsView<SupplierAgreedVersion> {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplierAgreementView document;

    @Inject
    SupplierAgreements agreements;

    @Override
    protected Long documentId() {
        return document.getId();
    }

    @Override
    protected List<SupplierAgreedVersion> versionsOf(Long id) {
        return agreements.versions(id);
    }

    @Override
    protected List<Changes.Change> compare(Long id, int from, int to) {
        return agreements.compare(id, from, to);
    }
}
