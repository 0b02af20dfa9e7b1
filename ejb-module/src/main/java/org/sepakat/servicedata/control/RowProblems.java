package org.sepakat.servicedata.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Period;

/**
 * Reads the text values of one delivered row, remembering every value it could not read under
 * the row's name ("tickets[3].opened"), so one pass reports all of a row's problems.
 */
public final class RowProblems {

    private final String row;
    private final List<FieldProblem> problems = new ArrayList<>();

    public RowProblems(String row) {
        this.row = row;
    }

    public String row() {
        return row;
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void add(String field, String key, Object... arguments) {
        problems.add(FieldProblem.of(field, key, arguments).under(row));
    }

    public void add(InvalidInput refusal) {
        problems.addAll(refusal.under(row).problems());
    }

    /** An ISO-8601 moment with its offset (2026-10-05T09:00:00+07:00 or ...Z); null when empty. */
    public Instant moment(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            add(field, "error.serviceData.moment", text.trim());
            return null;
        }
    }

    /** A month "2026-10", or its first day "2026-10-01"; null when it is neither. */
    public Period period(String field, String text) {
        String value = text.trim();
        if (value.length() <= 7) {
            try {
                return Period.parse(field, value);
            } catch (InvalidInput e) {
                add(field, "error.serviceData.period", value);
                return null;
            }
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getDayOfMonth() == 1) {
                return Period.containing(day);
            }
            add(field, "error.serviceData.periodStart", value);
        } catch (DateTimeParseException e) {
            add(field, "error.serviceData.period", value);
        }
        return null;
    }

    /** true/false, yes/no, ya/tidak, 1/0; empty means false. */
    public boolean flag(String field, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ya", "y", "1" -> true;
            case "false", "no", "tidak", "n", "0" -> false;
            default -> {
                add(field, "error.serviceData.flag", text.trim());
                yield false;
            }
        };
    }

    public BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            add(field, "error.serviceData.number", text.trim());
            return null;
        }
    }
}
