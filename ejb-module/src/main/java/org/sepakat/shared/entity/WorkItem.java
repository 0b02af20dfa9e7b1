package org.sepakat.shared.entity;

import java.util.List;
import java.util.Objects;

/**
 * One line of a user's start page, offered by the boundary of the component that owns the record:
 * what is due (a label of the web bundles, {@code key}, with its {@code arguments}: text, or a
 * {@link Period} or a {@code LocalDate} that the page words in the reader's language), how many when it
 * counts records ({@code count}, else null for a single record), and the page that shows it
 * ({@code link}, inside the application). Each component adds its own; the start page only collects.
 */
public record WorkItem(String key, List<Object> arguments, Long count, String link) {

    public WorkItem {
        Objects.requireNonNull(key);
        Objects.requireNonNull(link);
        arguments = List.copyOf(arguments);
    }

    /** A count of records, linking to the list that shows them. */
    public static WorkItem counted(String key, long count, String link, Object... arguments) {
        return new WorkItem(key, List.of(arguments), count, link);
    }

    /** One record, linking to its page. */
    public static WorkItem record(String key, String link, Object... arguments) {
        return new WorkItem(key, List.of(arguments), null, link);
    }
}
