package org.sepakat.shared.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables and columns a JPA insert of an entity writes, read from its annotations by
 * reflection (no persistence provider): its own table with the columns of its mapped superclasses
 * and embedded values, and each collection table. Names are lower case, as the databases compare
 * them. Covers the mapping features this code base uses; JPA's defaults for a missing name are
 * the field name ({@code <field>_id} for a join column, {@code <Entity>_<field>} for a collection
 * table).
 */
final class JpaMapping {

    private final Map<String, Set<String>> tables = new LinkedHashMap<>();

    private JpaMapping() {}

    static Map<String, Set<String>> tables(Class<?> entity) {
        JpaMapping mapping = new JpaMapping();
        String table = lower(
                entity.isAnnotationPresent(Table.class)
                                && !entity.getAnnotation(Table.class).name().isEmpty()
                        ? entity.getAnnotation(Table.class).name()
                        : entity.getSimpleName());
        Set<String> own = mapping.table(table);
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> type = entity;
                type != null
                        && (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class));
                type = type.getSuperclass()) {
            hierarchy.add(0, type);
        }
        for (Class<?> type : hierarchy) {
            for (Field field : persistent(type)) {
                mapping.field(entity, own, field, "", Map.of());
            }
        }
        return mapping.tables;
    }

    private Set<String> table(String name) {
        return tables.computeIfAbsent(lower(name), key -> new LinkedHashSet<>());
    }

    private void field(Class<?> entity, Set<String> into, Field field, String path, Map<String, String> overrides) {
        String attribute = path + field.getName();
        if (field.isAnnotationPresent(ElementCollection.class)) {
            collection(entity, field);
        } else if (field.isAnnotationPresent(Embedded.class)
                || field.isAnnotationPresent(EmbeddedId.class)
                || field.getType().isAnnotationPresent(Embeddable.class)) {
            Map<String, String> nested = new HashMap<>(overrides);
            overrides(field).forEach((name, column) -> nested.put(attribute + "." + name, column));
            for (Field part : persistent(field.getType())) {
                field(entity, into, part, attribute + ".", nested);
            }
        } else if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
            OneToOne one = field.getAnnotation(OneToOne.class);
            if (one == null || one.mappedBy().isEmpty()) {
                joinColumns(field)
                        .forEach(
                                join -> into.add(lower(join.name().isEmpty() ? field.getName() + "_id" : join.name())));
                if (joinColumns(field).isEmpty()) {
                    into.add(lower(field.getName() + "_id"));
                }
            }
        } else if (field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)) {
            JoinTable join = field.getAnnotation(JoinTable.class);
            if (join != null) {
                Set<String> table = table(join.name());
                Arrays.stream(join.joinColumns()).forEach(c -> table.add(lower(c.name())));
                Arrays.stream(join.inverseJoinColumns()).forEach(c -> table.add(lower(c.name())));
            }
        } else {
            String column = overrides.get(attribute);
            Column mapped = field.getAnnotation(Column.class);
            if (column == null) {
                column = mapped != null && !mapped.name().isEmpty() ? mapped.name() : field.getName();
            }
            if (mapped == null || mapped.insertable()) {
                into.add(lower(column));
            }
        }
    }

    private void collection(Class<?> entity, Field field) {
        CollectionTable table = field.getAnnotation(CollectionTable.class);
        Set<String> columns = table(
                table != null && !table.name().isEmpty()
                        ? table.name()
                        : entity.getSimpleName() + "_" + field.getName());
        if (table != null && table.joinColumns().length > 0) {
            Arrays.stream(table.joinColumns()).forEach(join -> columns.add(lower(join.name())));
        } else {
            columns.add(lower(entity.getSimpleName() + "_id"));
        }
        OrderColumn order = field.getAnnotation(OrderColumn.class);
        if (order != null) {
            columns.add(lower(order.name().isEmpty() ? field.getName() + "_order" : order.name()));
        }
        Class<?> element = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
        if (element.isAnnotationPresent(Embeddable.class)) {
            Map<String, String> overrides = overrides(field);
            for (Field part : persistent(element)) {
                field(entity, columns, part, "", overrides);
            }
        } else {
            Column value = field.getAnnotation(Column.class);
            columns.add(lower(value != null && !value.name().isEmpty() ? value.name() : field.getName()));
        }
    }

    private static Map<String, String> overrides(Field field) {
        List<AttributeOverride> all = new ArrayList<>();
        if (field.isAnnotationPresent(AttributeOverride.class)) {
            all.add(field.getAnnotation(AttributeOverride.class));
        }
        if (field.isAnnotationPresent(AttributeOverrides.class)) {
            all.addAll(List.of(field.getAnnotation(AttributeOverrides.class).value()));
        }
        Map<String, String> overrides = new HashMap<>();
        all.forEach(o -> overrides.put(o.name(), o.column().name()));
        return overrides;
    }

    private static List<JoinColumn> joinColumns(Field field) {
        if (field.isAnnotationPresent(JoinColumns.class)) {
            return List.of(field.getAnnotation(JoinColumns.class).value());
        }
        return field.isAnnotationPresent(JoinColumn.class) ? List.of(field.getAnnotation(JoinColumn.class)) : List.of();
    }

    private static List<Field> persistent(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                .filter(f -> !f.isAnnotationPresent(Transient.class) && !f.isSynthetic())
                .toList();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
