package org.sepakat.shared.entity;

import java.util.Map;

/**
 * One page of a list: offset, size, one sort field and equality or text filters. Field names
 * are checked against each list's own allow-list before they reach a query.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            throw InvalidInput.of("page", "error.page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.of("size", "error.page.size", MAX_SIZE);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true, Map.of());
    }

    public String filter(String name) {
        String value = filters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
