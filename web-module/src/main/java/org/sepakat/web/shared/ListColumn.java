package org.sepakat.web.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sepakat.common.Messages;

/**
 * One column of a list's export: its heading (a bundle key) and how a row's cell reads in the
 * user's language, as the page shows it: labels rather than codes, moments with their zone.
 */
public record ListColumn<T>(String headerKey, Cell<T> cell) implements Serializable {

    /** What a moment looks like in an export: sortable, and with the zone it is shown in. */
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx '('VV')'");

    /** A row's cell in the user's language: text, a number, or nothing. */
    @FunctionalInterface
    public interface Cell<T> extends Serializable {
        Object of(T row, Locale locale);
    }

    /** A row's value as it is stored. */
    @FunctionalInterface
    public interface Getter<T> extends Serializable {
        Object of(T row);
    }

    /** The value itself: text as it is, numbers as numbers, moments in the server's zone. */
    public static <T> ListColumn<T> of(String headerKey, Getter<T> getter) {
        return new ListColumn<>(headerKey, (row, locale) -> plain(getter.of(row)));
    }

    /** A code shown by its label, e.g. {@code label("party.kind", "enum.CustomerKind.", Customer::getKind)}. */
    public static <T> ListColumn<T> label(String headerKey, String keyPrefix, Getter<T> getter) {
        return new ListColumn<>(headerKey, (row, locale) -> {
            Object value = getter.of(row);
            return value == null ? null : Messages.text(locale, keyPrefix + value);
        });
    }

    public Object value(T row, Locale locale) {
        return cell.of(row, locale);
    }

    /** A cell as {@link #of} writes it, for a column whose cell is worked out case by case. */
    public static Object plain(Object value) {
        if (value == null || value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
            return value;
        }
        if (value instanceof Instant moment) {
            return MOMENT.withZone(ZoneId.systemDefault()).format(moment);
        }
        return value.toString();
    }
}
