package org.sepakat.api.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.sepakat.shared.entity.PageRequest;

/** The query parameters of a list operation, as its {@link ListQuery} and {@link Paging} define them. */
final class ListParameters {

    private ListParameters() {}

    static List<Parameter> of(ListQuery list) {
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(query(
                "page",
                "The page to return, counted from 0",
                0,
                typed(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.ZERO)
                        .defaultValue(0)));
        parameters.add(query(
                "size",
                "Items per page, 1 to " + PageRequest.MAX_SIZE + " (default " + Paging.DEFAULT_SIZE + ")",
                Paging.DEFAULT_SIZE,
                typed(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                        .defaultValue(Paging.DEFAULT_SIZE)));
        if (list.sort().length > 0) {
            List<Object> orders = Arrays.stream(list.sort())
                    .flatMap(field -> Stream.of(field, "-" + field))
                    .map(Object.class::cast)
                    .toList();
            parameters.add(query(
                    "sort",
                    "The field to sort by, \"-\" first for descending"
                            + (list.defaultSort().isEmpty() ? "" : "; default " + list.defaultSort()),
                    "-" + list.sort()[0],
                    typed(Schema.SchemaType.STRING).enumeration(new ArrayList<>(orders))));
        }
        for (ListQuery.Filter filter : list.filters()) {
            parameters.add(query(filter.name(), filter.description(), filter.example(), schema(filter)));
        }
        return parameters;
    }

    private static Schema schema(ListQuery.Filter filter) {
        Schema schema = typed(Schema.SchemaType.valueOf(filter.type().toUpperCase(Locale.ROOT)));
        if (!filter.format().isEmpty()) {
            schema.setFormat(filter.format());
        }
        if (!filter.pattern().isEmpty()) {
            schema.setPattern(filter.pattern());
        }
        Object[] values = filter.values().getEnumConstants();
        if (values.length > 0) {
            schema.setEnumeration(Arrays.stream(values)
                    .map(value -> (Object) ((Enum<?>) value).name())
                    .toList());
        }
        return schema;
    }

    /**
     * A schema of one type. The filter is compiled against MicroProfile OpenAPI 3.1 (what Liberty serves) but run by
     * the build's smallrye plugin on 4.x, where a schema's type became a list ({@code addType}): call whichever the
     * running API has.
     */
    static Schema typed(Schema.SchemaType type) {
        Schema schema = OASFactory.createSchema();
        try {
            Schema.class.getMethod("addType", Schema.SchemaType.class).invoke(schema, type);
        } catch (NoSuchMethodException e) {
            schema.setType(type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot type a schema as " + type, e);
        }
        return schema;
    }

    private static Parameter query(String name, String description, Object example, Schema schema) {
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.QUERY)
                .required(false)
                .description(description)
                .example(example)
                .schema(schema);
    }
}
