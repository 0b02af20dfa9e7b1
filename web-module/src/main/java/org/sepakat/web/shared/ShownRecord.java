package org.sepakat.web.shared;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.RecordNotFound;

/**
 * The record a page shows, loaded by the id in its address, and that record's history. The
 * page keeps it in its view scope and shows it again as each action returns it changed.
 */
@Dependent
public class ShownRecord<T extends AuditedEntity> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    History history;

    private T record;
    private List<HistoryEntry> changes = List.of();

    /** @return the record found and shown, or empty when there is none: the answer is then a 404 page */
    public Optional<T> load(Supplier<T> find) {
        try {
            return Optional.of(show(find.get()));
        } catch (RecordNotFound e) {
            PageGuard.notFound();
            return Optional.empty();
        }
    }

    /** Shows the record as it is now, with its history; returns it. */
    public T show(T current) {
        record = current;
        changes = history.of(current.auditType(), current.getId());
        return current;
    }

    public T record() {
        return record;
    }

    public List<HistoryEntry> changes() {
        return changes;
    }
}
