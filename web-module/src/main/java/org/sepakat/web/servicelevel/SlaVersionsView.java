package org.sepakat.web.servicelevel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.shared.entity.Changes;
import org.sepakat.web.shared.Attempt;

/**
 * SLM-9: every agreed version of the SLA in the editor or on its document page, and what changed
 * between two of them.
 */
@Named
@ViewScoped
public class SlaVersionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SlaEditView editor;

    @Inject
    SlaDocumentView document;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    Attempt attempt;

    private List<AgreedVersion> versions;
    private Integer from;
    private Integer to;
    private List<Changes.Change> changes = List.of();
    private boolean compared;

    public List<AgreedVersion> getVersions() {
        if (versions == null) {
            versions = slaId() == null ? List.of() : agreements.versions(slaId());
            if (versions.size() >= 2) {
                from = versions.get(versions.size() - 2).getNumber();
                to = versions.get(versions.size() - 1).getNumber();
            }
        }
        return versions;
    }

    /** After a new agreement: read the versions again. */
    void refresh() {
        versions = null;
        compared = false;
        changes = List.of();
    }

    public void compare() {
        compared = attempt.run(() -> changes = agreements.compare(slaId(), from, to));
    }

    /** added, removed or changed, as the bundle's {@code sla.change.*} keys name them */
    /** The SLA of the editor, or of the document page, whichever this view is. */
    private Long slaId() {
        return editor.getId() != null ? editor.getId() : document.getId();
    }

    public String kind(Changes.Change change) {
        if (change.oldValue() == null) {
            return "added";
        }
        return change.newValue() == null ? "removed" : "changed";
    }

    public boolean isComparable() {
        return getVersions().size() >= 2;
    }

    public boolean isCompared() {
        return compared;
    }

    public List<Changes.Change> getChanges() {
        return changes;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
