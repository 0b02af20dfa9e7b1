package org.sepakat.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.sepakat.common.Messages;
import org.sepakat.export.Download;
import org.sepakat.export.ListTable;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;

/**
 * A PrimeFaces lazy table over any boundary list that takes a {@link PageRequest}: the database
 * pages, sorts and filters. The filter values come from the page's filter bar (bound to
 * {@link #getFilters()}) rather than from column filter widgets, which would need inline scripts.
 * The same boundary call, with the same filters and sort, feeds the CSV and Excel export of every
 * filtered row, so an export shows exactly what the user may see. Filters named by
 * {@link #inUrl} and the sort travel in the page's address ({@code ?name=acme&sort=name&order=desc}):
 * read from it when the page opens, written back to it after each AJAX load ({@code lists.js}).
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The most rows one export holds; a larger list must be narrowed by its filters first. */
    public static final int EXPORT_MAX = 10_000;

    static final String SORT = "sort";
    static final String ORDER = "order";
    static final String DESCENDING = "desc";

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
    private final Set<String> urlFilters = new LinkedHashSet<>();
    private final List<String> dropped = new ArrayList<>();
    private boolean inUrl;
    private String sortField;
    private boolean ascending = true;
    private String exportName;
    private List<ListColumn<T>> columns = List.of();

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    /**
     * Keeps these filters and the sort in the page's address, and takes them from it now: a
     * bookmark or the browser's back button shows the list as it was left.
     */
    public PagedModel<T> inUrl(String... filterNames) {
        inUrl = true;
        urlFilters.addAll(List.of(filterNames));
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (String name : urlFilters) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value);
            }
        }
        String sort = parameters.get(SORT);
        if (sort != null && !sort.isBlank()) {
            sortField = sort;
            ascending = !DESCENDING.equals(parameters.get(ORDER));
        }
        refuseUnknownState();
        return this;
    }

    /**
     * An address with a filter value or sort the list does not know (an edited bookmark, a value
     * since renamed) loses only what was refused: the other filters still apply, and
     * {@link #getDropped()} names each one left out. A refusal that names nothing the address
     * brought opens the whole list.
     */
    private void refuseUnknownState() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        for (int tries = 0; tries <= urlFilters.size() + 1; tries++) {
            if (filters.isEmpty() && sortField == null) {
                return;
            }
            try {
                source.fetch(new PageRequest(0, 1, sortField, ascending, chosen()));
                return;
            } catch (InvalidInput e) {
                if (!drop(e, locale)) {
                    Messages.fields(locale, e).forEach(p -> dropped.add(p.field() + ": " + p.message()));
                    filters.clear();
                    sortField = null;
                    ascending = true;
                    return;
                }
            }
        }
    }

    /** Leaves out the filters and sort a refusal names; false when it names none of them. */
    private boolean drop(InvalidInput refusal, Locale locale) {
        boolean any = false;
        for (FieldProblem problem : refusal.problems()) {
            String why = Messages.text(locale, problem);
            if (SORT.equals(problem.field()) && sortField != null) {
                dropped.add(Messages.text(locale, "list.sortDropped", sortField, why));
                sortField = null;
                ascending = true;
                any = true;
            } else if (filters.remove(problem.field()) != null) {
                dropped.add(Messages.text(locale, "list.filterDropped", problem.field(), why));
                any = true;
            }
        }
        return any;
    }

    /** What the address asked for and the list left out, one sentence each; shown by the list's toolbar. */
    public List<String> getDropped() {
        return dropped;
    }

    /** Offers the list as CSV and Excel files named after {@code name}, with these columns. */
    @SafeVarargs
    public final PagedModel<T> exportAs(String name, ListColumn<T>... exported) {
        exportName = name;
        columns = List.of(exported);
        return this;
    }

    public boolean isExportable() {
        return !columns.isEmpty();
    }

    /** Filter name (as the boundary's list names it) to the value the user entered or chose. */
    public Map<String, String> getFilters() {
        return filters;
    }

    /** The sort the table starts with: the one from the address, or the boundary's default. */
    public SortMeta getSortBy() {
        if (sortField == null) {
            return null;
        }
        return SortMeta.builder()
                .field(sortField)
                .order(ascending ? SortOrder.ASCENDING : SortOrder.DESCENDING)
                .build();
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
        sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && !meta.getOrder().isUnsorted())
                .findFirst()
                .ifPresentOrElse(
                        meta -> {
                            sortField = meta.getField();
                            ascending = meta.getOrder().isAscending();
                        },
                        () -> sortField = null);
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<T> page = source.fetch(new PageRequest(first, size, sortField, ascending, chosen()));
        setRowCount((int) page.total());
        if (inUrl && PrimeFaces.current().isAjaxRequest()) {
            PrimeFaces.current().ajax().addCallbackParam("listQuery", query());
        }
        return page.items();
    }

    /** The address's query for the filters and sort in force, e.g. {@code ?name=acme&sort=name}. */
    public String query() {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String name : urlFilters) {
            String value = filters.get(name);
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        if (sortField != null) {
            query.add(SORT + "=" + URLEncoder.encode(sortField, StandardCharsets.UTF_8));
            if (!ascending) {
                query.add(ORDER + "=" + DESCENDING);
            }
        }
        return query.toString();
    }

    /**
     * Sends every row the filters select, in the table's order, as {@code csv} or {@code xlsx}:
     * through the same boundary call as the table, so role and customer scope apply alike. More
     * than {@link #EXPORT_MAX} rows are refused with a message rather than cut short.
     */
    public void export(String format) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        Page<T> first = source.fetch(new PageRequest(0, PageRequest.MAX_SIZE, sortField, ascending, chosen()));
        if (first.total() > EXPORT_MAX) {
            String text = Messages.text(locale, "list.export.tooMany", first.total(), EXPORT_MAX);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        Page<T> page = first;
        while (true) {
            page.items().forEach(row -> rows.add(cells(row, locale)));
            if (page.items().isEmpty() || rows.size() >= page.total()) {
                break;
            }
            page = source.fetch(new PageRequest(rows.size(), PageRequest.MAX_SIZE, sortField, ascending, chosen()));
        }
        ListTable table = new ListTable(
                exportName,
                columns.stream()
                        .map(column -> Messages.text(locale, column.headerKey()))
                        .toList(),
                rows);
        boolean csv = "csv".equals(format);
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        Download.send(
                (HttpServletResponse) external.getResponse(),
                csv ? Download.CSV : Download.XLSX,
                Download.fileName(exportName + "-" + LocalDate.now()) + (csv ? ".csv" : ".xlsx"),
                csv ? table.csv() : table.xlsx());
        context.responseComplete();
    }

    private List<Object> cells(T row, Locale locale) {
        List<Object> cells = new ArrayList<>(columns.size());
        columns.forEach(column -> cells.add(column.value(row, locale)));
        return cells;
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
