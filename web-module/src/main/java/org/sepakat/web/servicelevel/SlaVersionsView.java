package org.sepakat.web.servicelevel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.shared.entity.Changes;
import org.sepakat.web.shared.DocumentVersionsView;

/**
 * SLM-9: every agreed version of the SLA in the editor or on its document page, and what changed
 * between two of them.
 */
@Named
@ViewScoped
public class SlaVersionsView extends DocumentVersionsView<AgreedVersion> {

    private static final long serialVersionUID = 1L;

    @Inject
    SlaEditView editor;

    @Inject
    SlaDocumentView document;

    @Inject
    ServiceLevelAgreements agreements;

    /** The SLA of the editor, or of the document page, whichever this view is. */
    @Override
    protected Long documentId() {
        return editor.getId() != null ? editor.getId() : document.getId();
    }

    @Override
    protected List<AgreedVersion> versionsOf(Long id) {
        return agreements.versions(id);
    }

    @Override
    protected List<Changes.Change> compare(Long id, int from, int to) {
        return agreements.compare(id, from, to);
    }
}
