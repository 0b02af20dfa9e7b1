package org.sepakat.web.shared;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.sepakat.shared.entity.AgreedDocumentVersion;
import org.sepakat.shared.entity.Changes;

/**
 * Every agreed version of a controlled document (an SLA: SLM-9; a supplier agreement: SUP-2) and
 * what changed between two of them, for {@code /WEB-INF/includes/shared/versions.xhtml}. A
 * document's view names the document and how its owner lists and compares its versions.
 */
public abstract class DocumentVersionsView<V extends AgreedDocumentVersion> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attempt attempt;

    private List<V> versions;
    private Integer from;
    private Integer to;
    private List<Changes.Change> changes = List.of();
    private boolean compared;

    /** The document shown, or null while there is none. */
    protected abstract Long documentId();

    protected abstract List<V> versionsOf(Long id);

    protected abstract List<Changes.Change> compare(Long id, int from, int to);

    public List<V> getVersions() {
        if (versions == null) {
            versions = documentId() == null ? List.of() : versionsOf(documentId());
            if (versions.size() >= 2) {
                from = versions.get(versions.size() - 2).getNumber();
                to = versions.get(versions.size() - 1).getNumber();
            }
        }
        return versions;
    }

    /** After a new agreement: read the versions again. */
    public void refresh() {
        versions = null;
        compared = false;
        changes = List.of();
    }

    public void compare() {
        compared = attempt.run(() -> changes = compare(documentId(), from, to));
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
