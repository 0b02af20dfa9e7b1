package org.sepakat.api.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query a list operation reads through {@link Paging} (not JAX-RS parameters): its filters and the fields it
 * sorts by. {@link ApiContract} describes them in the API description with {@code page}, {@code size} and
 * {@code sort}; the list's boundary refuses any other filter or sort field (400 naming it).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ListQuery {

    Filter[] filters() default {};

    /** The fields {@code sort} takes, each also "-" first for descending. */
    String[] sort() default {};

    /** The order without {@code sort}, e.g. "-opened". */
    String defaultSort() default "";

    /** One filter: a query parameter of the list, one value. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Filter {

        String name();

        String description();

        /** A value the list accepts. */
        String example();

        /** "string" (default), "integer" or "boolean". */
        String type() default "string";

        /** A format the value has, e.g. "int64"; a pattern such as a month's "^\d{4}-\d{2}$". */
        String format() default "";

        String pattern() default "";

        /** The values an exact filter takes, where they are a closed set (an enum's constants). */
        Class<? extends Enum<?>> values() default None.class;
    }

    /** No closed set of values. */
    enum None {}
}
