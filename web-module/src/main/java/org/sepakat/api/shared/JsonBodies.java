package org.sepakat.api.shared;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/**
 * Reads every JSON request body of the API: the body must be JSON ({@link MalformedBody} otherwise)
 * and fit the record it is read into ({@link BodyShape}: unknown fields, wrong types and unknown enum
 * values are refused as {@link InvalidInput} naming each field); only then is it bound. An empty
 * body reads as null, which the operation refuses or treats as "no body" (a lifecycle action).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodies implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("org.sepakat.");
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        String text = new String(entity.readAllBytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return null;
        }
        JsonValue json = parse(text);
        List<FieldProblem> problems = BodyShape.problems(genericType, json);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return JSONB.fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), genericType);
    }

    private static JsonValue parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new MalformedBody(e);
        }
    }
}
