package org.sepakat.api.shared;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the API description at build time (the smallrye-open-api plugin's filter), from the same
 * facts the server acts on: each operation needs HTTP Basic and names the roles ({@code @RolesAllowed}) that may
 * call it as {@code x-roles}, every operation lists the problem answers it can give (application/problem+json), a
 * lifecycle action's version body is optional (the version may come as ?version= or If-Match),
 * operation ids are short and stable ("customerActivate") for generated clients, and every parameter is described
 * with its type, format or values and an example: a list's page, size, sort and filters from its {@link ListQuery},
 * the path and query parameters every resource names alike ({@code id}, {@code period}, {@code lang}...) from
 * {@link #PARAMETERS}. A parameter left undescribed fails the build.
 */
public class ApiContract implements OASFilter {

    static final String SCHEME = "basic";
    private static final String PROBLEM = "#/components/schemas/ProblemDetail";
    private static final String VERSION_BODY = "#/components/schemas/VersionData";
    private static final Map<String, String> PROBLEMS_OF_READS = new TreeMap<>(Map.of(
            "400", "Bad input: a filter, page or parameter; violations name each field",
            "401", "No or wrong credentials (HTTP Basic)",
            "403", "The caller's role may not do this",
            "404", "No such record, or one outside the caller's customers"));
    private static final Map<String, String> PROBLEMS_OF_WRITES = new TreeMap<>(Map.of(
            "409", "The version sent is no longer the record's (someone changed it): read it again",
            "422", "A business rule refused it; rule names the requirement (e.g. BRM-4)"));

    /** A parameter many operations share, described once. */
    record Described(String description, String example, String pattern, List<String> values) {

        Described(String description, String example) {
            this(description, example, null, List.of());
        }
    }

    static final Map<String, Described> PARAMETERS = Map.ofEntries(
            Map.entry("id", new Described("The record's id", "42")),
            Map.entry("agreementId", new Described("The SLA's id", "7")),
            Map.entry("customerId", new Described("The customer's id", "3")),
            Map.entry("serviceId", new Described("The service's id", "5")),
            Map.entry("staffId", new Described("The member of staff's id", "2")),
            Map.entry("supplierId", new Described("The supplier's id", "9")),
            Map.entry(
                    "responsibility",
                    new Described(
                            "SUP-1: what the member of staff is responsible for (its schema names the values)",
                            "CONTRACT")),
            Map.entry("executionId", new Described("The job execution's id", "12")),
            Map.entry(
                    "externalId",
                    new Described(
                            "The record's id in the system that delivers it (service desk, monitoring)", "INC-1001")),
            Map.entry("number", new Described("The agreed version's number", "2")),
            Map.entry("user", new Described("The user name signing in failed for", "slaman")),
            Map.entry("address", new Described("The client address signing in failed from", "203.0.113.7")),
            Map.entry("period", new Described("The month, YYYY-MM", "2026-10", Paging.MONTH, List.of())),
            Map.entry(
                    "lang",
                    new Described("The document's language: en (default) or id", "id", null, List.of("en", "id"))));

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Described known = PARAMETERS.get(parameter.getName());
        if (parameter.getDescription() == null && known != null) {
            parameter.setDescription(known.description());
            Schema schema = parameter.getSchema();
            if (schema != null && known.pattern() != null) {
                schema.setPattern(known.pattern());
            }
            if (schema != null && !known.values().isEmpty()) {
                schema.setEnumeration(new ArrayList<>(known.values()));
            }
        }
        if (parameter.getExample() == null && known != null) {
            parameter.setExample(known.example());
        }
        if (parameter.getDescription() == null || parameter.getExample() == null || parameter.getSchema() == null) {
            throw new IllegalStateException("The " + parameter.getIn() + " parameter " + parameter.getName()
                    + " is not described: give it @Parameter(description, example) or describe it in ApiContract");
        }
        return parameter;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        String id = operation.getOperationId();
        int cut = id == null ? -1 : id.lastIndexOf('_');
        if (cut < 0) {
            return operation;
        }
        Method method = method(id.substring(0, cut), id.substring(cut + 1));
        operation.setOperationId(shortId(method));
        ListQuery list = method.getAnnotation(ListQuery.class);
        if (list != null) {
            ListParameters.of(list).forEach(operation::addParameter);
        }
        // HTTP Basic takes no scopes (OpenAPI 3.0, which Liberty validates against, refuses role names there):
        // the roles that may call the operation are stated as the extension x-roles
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        operation.addExtension("x-roles", roles(method));
        APIResponses responses = operation.getResponses();
        PROBLEMS_OF_READS.forEach((status, text) -> problem(responses, status, text));
        if (writes(method)) {
            PROBLEMS_OF_WRITES.forEach((status, text) -> problem(responses, status, text));
        }
        problem(responses, "429", "Too many failed sign-ins for the user name or address: wait Retry-After seconds");
        problem(
                responses,
                "500",
                "Unexpected failure, logged with the incident id the detail names; nothing was stored");
        RequestBody body = operation.getRequestBody();
        if (body != null
                && body.getContent() != null
                && body.getContent().getMediaTypes().values().stream()
                        .anyMatch(m -> m.getSchema() != null
                                && VERSION_BODY.equals(m.getSchema().getRef()))) {
            body.setRequired(false);
            body.setDescription("The version read; or send it as ?version= or If-Match");
        }
        return operation;
    }

    private static boolean writes(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> List.of("POST", "PUT", "DELETE")
                        .contains(a.annotationType().getSimpleName()));
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        Schema schema = OASFactory.createSchema().ref(PROBLEM);
        MediaType json = OASFactory.createMediaType().schema(schema);
        Content content = OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, json);
        responses.addAPIResponse(
                status, OASFactory.createAPIResponse().description(description).content(content));
    }

    private static Method method(String className, String name) {
        try {
            return Arrays.stream(Class.forName(className).getMethods())
                    .filter(m -> m.getName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no operation " + className + "#" + name));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("operation of an unknown class " + className, e);
        }
    }

    /** {@code org.sepakat.api.party.CustomerResource#activate} becomes "customerActivate". */
    static String shortId(Method method) {
        String owner = method.getDeclaringClass().getSimpleName().replaceFirst("Resource$", "");
        return Character.toLowerCase(owner.charAt(0))
                + owner.substring(1)
                + Character.toUpperCase(method.getName().charAt(0))
                + method.getName().substring(1);
    }

    private static List<String> roles(Method method) {
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        return allowed == null ? List.of() : List.of(allowed.value());
    }
}
