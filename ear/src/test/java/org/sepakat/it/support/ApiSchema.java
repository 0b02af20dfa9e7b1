package org.sepakat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Holds every JSON answer of the API that the tests receive to the API description the build made
 * (the document /openapi serves): the status must be one the operation documents (a problem answer
 * must at least be a problem), and the body must fit its schema — types, formats, enum values,
 * required fields, and no field the description does not name. {@link Api} calls it for every reply,
 * so every HTTP test checks the description as a side effect.
 */
final class ApiSchema {

    private static final String PREFIX = "api/v1/";
    private static final JsonObject DOCUMENT = read(Path.of(
            System.getProperty("sepakat.it.apiDescription", "../web-module/target/api-description/openapi.json")));
    private static final List<Template> TEMPLATES = DOCUMENT.getJsonObject("paths").keySet().stream()
            .map(Template::of)
            .sorted(Comparator.comparingInt(Template::variables))
            .toList();

    private record Template(String path, Pattern pattern, int variables) {
        static Template of(String path) {
            String regex = Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            return new Template(path, Pattern.compile(regex), (int)
                    path.chars().filter(c -> c == '{').count());
        }
    }

    private ApiSchema() {}

    /** Throws an AssertionError naming each way the answer departs from the description. */
    static void check(String method, String uriPath, int status, String contentType, String body) {
        int at = uriPath.indexOf(PREFIX);
        if (at < 0 || body == null || body.isBlank() || contentType == null || !contentType.contains("json")) {
            return;
        }
        String path = "/" + uriPath.substring(at);
        Optional<JsonObject> operation = TEMPLATES.stream()
                .filter(t -> t.pattern().matcher(path).matches())
                .findFirst()
                .map(t -> DOCUMENT.getJsonObject("paths").getJsonObject(t.path()))
                .map(item -> item.getJsonObject(method.toLowerCase()));
        if (operation.isEmpty()) {
            return;
        }
        String where = method + " " + path + " " + status;
        JsonObject responses = operation.get().getJsonObject("responses");
        JsonObject response = responses.getJsonObject(String.valueOf(status));
        String media = contentType.split(";")[0].trim();
        JsonObject schema;
        if (response != null
                && response.containsKey("content")
                && response.getJsonObject("content").containsKey(media)) {
            schema = response.getJsonObject("content").getJsonObject(media).getJsonObject("schema");
        } else if (status >= 400 && media.equals("application/problem+json")) {
            schema = ref("#/components/schemas/ProblemDetail");
        } else {
            throw new AssertionError(where + " " + media + " is not in the API description");
        }
        List<String> problems = new ArrayList<>();
        validate(schema, parse(body), "", problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(where + " does not fit the API description: " + problems + "\n" + body);
        }
    }

    private static void validate(JsonObject schema, JsonValue value, String at, List<String> problems) {
        if (schema.containsKey("$ref")) {
            validate(ref(schema.getString("$ref")), value, at, problems);
            return;
        }
        if (schema.containsKey("allOf")) {
            schema.getJsonArray("allOf").getValuesAs(JsonObject.class).forEach(s -> validate(s, value, at, problems));
        }
        for (String any : List.of("anyOf", "oneOf")) {
            if (schema.containsKey(any)
                    && schema.getJsonArray(any).getValuesAs(JsonObject.class).stream()
                            .noneMatch(s -> fits(s, value, at))) {
                problems.add(at + ": fits none of " + any);
            }
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (!types(schema).isEmpty() && !types(schema).contains("null")) {
                problems.add(at + ": null where " + types(schema) + " is described");
            }
            return;
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
            problems.add(at + ": " + value + " is not one of " + schema.getJsonArray("enum"));
        }
        List<String> types = types(schema);
        if (!types.isEmpty() && types.stream().noneMatch(t -> isA(t, value))) {
            problems.add(at + ": " + value.getValueType() + " where " + types + " is described");
            return;
        }
        if (value instanceof JsonObject object) {
            object(schema, object, at, problems);
        } else if (value instanceof JsonArray array && schema.containsKey("items")) {
            for (int i = 0; i < array.size(); i++) {
                validate(schema.getJsonObject("items"), array.get(i), at + "[" + i + "]", problems);
            }
        } else if (value instanceof JsonString text && schema.containsKey("format")) {
            format(schema.getString("format"), text.getString(), at, problems);
        }
    }

    private static void object(JsonObject schema, JsonObject object, String at, List<String> problems) {
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : null;
        if (schema.containsKey("required")) {
            schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .filter(name -> !object.containsKey(name))
                    .forEach(name -> problems.add(at + "." + name + ": required but missing"));
        }
        JsonValue additional = schema.get("additionalProperties");
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String field = at + "." + member.getKey();
            if (properties != null && properties.containsKey(member.getKey())) {
                validate(properties.getJsonObject(member.getKey()), member.getValue(), field, problems);
            } else if (additional instanceof JsonObject values) {
                validate(values, member.getValue(), field, problems);
            } else if (properties != null) {
                problems.add(field + ": not in the API description");
            }
        }
    }

    private static void format(String format, String text, String at, List<String> problems) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                default -> {}
            }
        } catch (DateTimeParseException e) {
            problems.add(at + ": \"" + text + "\" is not a " + format);
        }
    }

    private static boolean fits(JsonObject schema, JsonValue value, String at) {
        List<String> problems = new ArrayList<>();
        validate(schema, value, at, problems);
        return problems.isEmpty();
    }

    private static List<String> types(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString one) {
            return List.of(one.getString());
        }
        return type instanceof JsonArray many
                ? many.getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
    }

    private static boolean isA(String type, JsonValue value) {
        return switch (type) {
            case "object" -> value instanceof JsonObject;
            case "array" -> value instanceof JsonArray;
            case "string" -> value instanceof JsonString;
            case "integer" -> value instanceof JsonNumber number && number.isIntegral();
            case "number" -> value instanceof JsonNumber;
            case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            default -> value.getValueType() == JsonValue.ValueType.NULL;
        };
    }

    private static JsonObject ref(String pointer) {
        JsonObject current = DOCUMENT;
        for (String part : pointer.substring(2).split("/")) {
            current = current.getJsonObject(part);
        }
        return current;
    }

    private static JsonValue parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static JsonObject read(Path file) {
        try {
            return parse(Files.readString(file)).asJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the API description the web module's build makes: " + file.toAbsolutePath(), e);
        }
    }
}
