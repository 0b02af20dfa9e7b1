package org.sepakat.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;

/**
 * A list page computed by the database: filters become parameters of a Criteria query, sorting
 * is allowed only on named attributes (text case-insensitively), and the count runs as its own query.
 */
public final class PagedQuery<T> {

    /** A filter of a list: turns the value the user asked for into a condition. */
    @FunctionalInterface
    public interface Filter {
        Predicate apply(CriteriaBuilder cb, Root<?> root, String value);
    }

    private final EntityManager em;
    private final Class<T> type;
    /** Sort key as callers name it → attribute path. */
    private final Map<String, String> sortable = new java.util.HashMap<>();

    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private final List<BiFunction<CriteriaBuilder, Root<T>, Predicate>> conditions = new ArrayList<>();
    private String defaultSort;
    private boolean defaultAscending = true;

    private PagedQuery(EntityManager em, Class<T> type) {
        this.em = em;
        this.type = type;
    }

    public static <T> PagedQuery<T> of(EntityManager em, Class<T> type) {
        return new PagedQuery<>(em, type);
    }

    public PagedQuery<T> sortable(String... attributes) {
        List.of(attributes).forEach(attribute -> sortable.put(attribute, attribute));
        return this;
    }

    /**
     * A sort key that names another attribute: the name clients already use when the attribute
     * behind it was renamed (a report's {@code periodStart} is its {@code period}).
     */
    public PagedQuery<T> sortableAs(String key, String attribute) {
        sortable.put(key, attribute);
        return this;
    }

    public PagedQuery<T> defaultSort(String attribute, boolean ascending) {
        this.defaultSort = attribute;
        this.defaultAscending = ascending;
        return this;
    }

    /** Case-insensitive "contains" on a text attribute, or on any of several (e.g. code or name). */
    public PagedQuery<T> textFilter(String name, String attribute, String... more) {
        List<String> attributes = new ArrayList<>(List.of(more));
        attributes.add(0, attribute);
        filters.put(name, (cb, root, value) -> {
            String pattern = "%" + escapeLike(value.toLowerCase(Locale.ROOT)) + "%";
            return cb.or(attributes.stream()
                    .map(each -> cb.like(cb.lower(path(root, each).as(String.class)), pattern, '\\'))
                    .toArray(Predicate[]::new));
        });
        return this;
    }

    /** Exact match; enum attributes accept their constant name. */
    public PagedQuery<T> equalsFilter(String name, String attribute) {
        filters.put(name, (cb, root, value) -> {
            Path<Object> path = path(root, attribute);
            Class<?> javaType = path.getJavaType();
            if (javaType.isEnum()) {
                return cb.equal(path, enumConstant(javaType, name, value));
            }
            if (javaType == Long.class || javaType == long.class) {
                return cb.equal(path, parseLong(name, value));
            }
            return cb.equal(path, value);
        });
        return this;
    }

    /** A filter with its own condition, e.g. "covers service 12" or "review due". */
    public PagedQuery<T> filter(String name, Filter filter) {
        filters.put(name, filter);
        return this;
    }

    /** A condition that always applies, e.g. "only this customer's contacts". */
    public PagedQuery<T> where(BiFunction<CriteriaBuilder, Root<T>, Predicate> condition) {
        conditions.add(condition);
        return this;
    }

    public Page<T> fetch(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root).where(predicates(cb, root, request));
        String sort = request.sortField() == null ? defaultSort : request.sortField();
        boolean ascending = request.sortField() == null ? defaultAscending : request.ascending();
        if (sort != null) {
            if (!sortable.containsKey(sort)) {
                throw InvalidInput.of(
                        "sort",
                        "error.sort.unknown",
                        sort,
                        String.join(", ", new java.util.TreeSet<>(sortable.keySet())));
            }
            Expression<?> key = sortKey(cb, path(root, sortable.get(sort)));
            select.orderBy(ascending ? cb.asc(key) : cb.desc(key), cb.asc(root.get("id")));
        }
        List<T> items = em.createQuery(select)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, request));
        long total = em.createQuery(count).getSingleResult();
        return new Page<>(items, total);
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<T> root, PageRequest request) {
        List<Predicate> result = new ArrayList<>();
        for (var condition : conditions) {
            result.add(condition.apply(cb, root));
        }
        for (var entry : request.filters().entrySet()) {
            String value = request.filter(entry.getKey());
            if (value == null) {
                continue;
            }
            Filter filter = filters.get(entry.getKey());
            if (filter == null) {
                throw InvalidInput.of(
                        entry.getKey(), "error.filter.unknown", entry.getKey(), String.join(", ", filters.keySet()));
            }
            result.add(filter.apply(cb, root, value));
        }
        return result.toArray(Predicate[]::new);
    }

    /**
     * Text sorts as people read it, whatever the case ("acme" between "ACME" and "Beta"); the
     * database lowers it, so the order is the same on every page of the list.
     */
    private static Expression<?> sortKey(CriteriaBuilder cb, Path<Object> path) {
        return path.getJavaType() == String.class ? cb.lower(path.as(String.class)) : path;
    }

    private static Path<Object> path(Root<?> root, String attribute) {
        Path<Object> path = null;
        for (String part : attribute.split("\\.")) {
            path = path == null ? root.get(part) : path.get(part);
        }
        return path;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> enumType, String name, String value) {
        try {
            return Enum.valueOf((Class) enumType, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(name, "error.filter.value", value);
        }
    }

    private static Long parseLong(String name, String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "error.filter.value", value);
        }
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
