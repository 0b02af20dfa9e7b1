package org.sepakat.api.shared;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;

/**
 * Reads {@code page}, {@code size} and {@code sort} (a field, "-" first for descending) from the
 * query; every other query parameter is a filter the list checks against its allow-list.
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;

    /** A month as queries and paths name it, YYYY-MM (2026-10). */
    public static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";

    private static final Set<String> RESERVED = Set.of("page", "size", "sort");

    /** One page of a list as the API returns it. */
    public record PageDto<T>(List<T> items, long total, int page, int size) {}

    private Paging() {}

    public static PageRequest request(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        int page = number(query.getFirst("page"), "page", 0);
        int size = number(query.getFirst("size"), "size", DEFAULT_SIZE);
        if (page < 0) {
            throw InvalidInput.of("page", "error.page.negative");
        }
        String sort = query.getFirst("sort");
        boolean ascending = true;
        if (sort != null && sort.startsWith("-")) {
            ascending = false;
            sort = sort.substring(1);
        }
        Map<String, String> filters = new HashMap<>();
        query.forEach((name, values) -> {
            if (!RESERVED.contains(name) && !values.isEmpty()) {
                filters.put(name, values.get(0));
            }
        });
        int perPage = Math.max(size, 1);
        if (page > Integer.MAX_VALUE / perPage) {
            throw InvalidInput.of("page", "error.page.tooLarge", String.valueOf(Integer.MAX_VALUE / perPage));
        }
        return new PageRequest(page * perPage, size, sort == null || sort.isBlank() ? null : sort, ascending, filters);
    }

    /** The page of a list that takes neither filters nor a sort (the review job runs): refuses either, naming it. */
    public static PageRequest unfiltered(UriInfo uri) {
        PageRequest request = request(uri);
        request.filters().keySet().stream().sorted().findFirst().ifPresent(name -> {
            throw InvalidInput.of(name, "error.filter.none", name);
        });
        if (request.sortField() != null) {
            throw InvalidInput.of("sort", "error.sort.none", request.sortField());
        }
        return request;
    }

    public static <E, T> PageDto<T> dto(Page<E> page, PageRequest request, java.util.function.Function<E, T> mapper) {
        return new PageDto<>(
                page.items().stream().map(mapper).toList(),
                page.total(),
                request.first() / request.size(),
                request.size());
    }

    private static int number(String value, String field, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "error.number", value);
        }
    }
}
