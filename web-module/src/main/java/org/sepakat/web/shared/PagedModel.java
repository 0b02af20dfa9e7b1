package org.sepakat.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;

/**
 * A PrimeFaces lazy table over any boundary list that takes a {@link PageRequest}: the database
 * pages, sorts and filters. The filter values come from the page's filter bar (bound to
 * {@link #getFilters()}) rather than from column filter widgets, which would need inline scripts.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of a boundary's list. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> fetch(PageRequest request);
    }

    /** The value that identifies a row, e.g. its id. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Source<T> source;
    private final Key<T> key;
    private final Map<String, String> filters = new HashMap<>();

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    /** Filter name (as the boundary's list names it) to the value the user entered or chose. */
    public Map<String, String> getFilters() {
        return filters;
    }

    /** After a filter changed: show the table from its first page again. */
    public void firstPage(String tableId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.fetch(new PageRequest(0, 1, null, true, chosen())).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && !meta.getOrder().isUnsorted())
                .findFirst()
                .orElse(null);
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<T> page = source.fetch(new PageRequest(
                first,
                size,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder().isAscending(),
                chosen()));
        setRowCount((int) page.total());
        return page.items();
    }

    /** The filters with a value; a menu's "any" choice leaves its filter empty, not null. */
    private Map<String, String> chosen() {
        Map<String, String> chosen = new HashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                chosen.put(name, value);
            }
        });
        return chosen;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
