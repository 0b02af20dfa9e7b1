package org.sepakat.api.shared;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sepakat.shared.entity.FieldProblem;

/**
 * Holds a JSON body to the record it is read into, before anything is bound: every field the
 * record does not have, every value of the wrong JSON type, every enum value that is not one of the
 * constants and every date or time that does not parse is named by its path ({@code targets[0].metric}),
 * all in one answer. Nothing is ever ignored; what passes binds without surprises.
 */
final class BodyShape {

    private static final Set<Class<?>> WHOLE =
            Set.of(Long.class, long.class, Integer.class, int.class, Short.class, short.class);

    private final List<FieldProblem> problems = new ArrayList<>();

    private BodyShape() {}

    /** The problems of {@code value} read as {@code type}; empty when it fits. */
    static List<FieldProblem> problems(Type type, JsonValue value) {
        BodyShape shape = new BodyShape();
        shape.check(type, value, "");
        return shape.problems;
    }

    private void check(Type type, JsonValue value, String path) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                refuse(path, "error.json.null");
            }
            return;
        }
        if (raw == Object.class) {
            return;
        }
        if (raw.isRecord()) {
            object(raw, value, path);
        } else if (Collection.class.isAssignableFrom(raw)) {
            list(type, value, path);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(type, value, path);
        } else if (raw.isEnum()) {
            constant(raw, value, path);
        } else {
            scalar(raw, value, path);
        }
    }

    private void object(Class<?> record, JsonValue value, String path) {
        if (!(value instanceof JsonObject object)) {
            refuse(path, "error.json.object");
            return;
        }
        Map<String, RecordComponent> components = Arrays.stream(record.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
        object.forEach((name, member) -> {
            RecordComponent component = components.get(name);
            if (component == null) {
                problems.add(FieldProblem.of(
                        join(path, name),
                        "error.json.unknownField",
                        name,
                        String.join(", ", components.keySet().stream().sorted().toList())));
            } else {
                check(component.getGenericType(), member, join(path, name));
            }
        });
    }

    private void list(Type type, JsonValue value, String path) {
        if (!(value instanceof JsonArray array)) {
            refuse(path, "error.json.array");
            return;
        }
        Type element = argument(type, 0);
        for (int i = 0; i < array.size(); i++) {
            if (array.isNull(i)) {
                refuse(path + "[" + i + "]", "error.json.null");
            } else {
                check(element, array.get(i), path + "[" + i + "]");
            }
        }
    }

    private void map(Type type, JsonValue value, String path) {
        if (!(value instanceof JsonObject object)) {
            refuse(path, "error.json.object");
            return;
        }
        Type element = argument(type, 1);
        object.forEach((name, member) -> check(element, member, join(path, name)));
    }

    private void constant(Class<?> type, JsonValue value, String path) {
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        if (!(value instanceof JsonString text)
                || Arrays.stream(type.getEnumConstants())
                        .noneMatch(c -> ((Enum<?>) c).name().equals(text.getString()))) {
            problems.add(FieldProblem.of(path, "error.json.enum", shown(value), allowed));
        }
    }

    private void scalar(Class<?> type, JsonValue value, String path) {
        if (type == String.class) {
            expect(value instanceof JsonString, path, "error.json.string");
        } else if (type == Boolean.class || type == boolean.class) {
            expect(value == JsonValue.TRUE || value == JsonValue.FALSE, path, "error.json.boolean");
        } else if (WHOLE.contains(type)) {
            expect(
                    value instanceof JsonNumber number && number.isIntegral() && fits(number, type),
                    path,
                    "error.json.integer");
        } else if (type == BigDecimal.class || type == Double.class || type == double.class) {
            expect(value instanceof JsonNumber, path, "error.json.number");
        } else if (type == LocalDate.class) {
            expect(parses(value, LocalDate::parse), path, "error.json.date");
        } else if (type == LocalTime.class) {
            expect(parses(value, LocalTime::parse), path, "error.json.time");
        } else if (type == Instant.class) {
            expect(parses(value, Instant::parse), path, "error.json.instant");
        }
    }

    private static boolean fits(JsonNumber number, Class<?> type) {
        BigDecimal n = number.bigDecimalValue();
        long max = type == Short.class || type == short.class
                ? Short.MAX_VALUE
                : type == Integer.class || type == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
        return n.abs().compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static boolean parses(JsonValue value, Function<String, ?> parser) {
        if (!(value instanceof JsonString text)) {
            return false;
        }
        try {
            parser.apply(text.getString());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void expect(boolean fits, String path, String key) {
        if (!fits) {
            refuse(path, key);
        }
    }

    private void refuse(String path, String key) {
        problems.add(FieldProblem.of(path.isEmpty() ? "body" : path, key));
    }

    private static String shown(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index]
                : Object.class;
    }
}
