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

/** SLM-9: every agreed version of the SLA in the editor, and what changed between two of them. */
@Named
@ViewScoped
public class SlaVersionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SlaEditView editor;

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
            versions = editor.getId() == null ? List.of() : agreements.versions(editor.getId());
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
        compared = attempt.run(() -> changes = agreements.compare(editor.getId(), from, to));
    }

    /** added, removed or changed, as the bundle's {@code sla.change.*} keys name them */
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
