package org.sepakat.web.supplier;

import java.time.Period;

/**
 * The unit an author counts a contract's span in (SUP-2): the form asks for "3 months" and stores
 * the ISO-8601 period "P3M".
 */
public enum SpanUnit {
    YEARS,
    MONTHS,
    DAYS;

    /** The ISO-8601 period of {@code count} of this unit; null when no count was given. */
    public String iso(Integer count) {
        if (count == null) {
            return null;
        }
        return switch (this) {
            case YEARS -> Period.ofYears(count).toString();
            case MONTHS -> Period.ofMonths(count).toString();
            case DAYS -> Period.ofDays(count).toString();
        };
    }

    /** The unit a stored span reads best in: whole years, else months, else days. */
    public static SpanUnit of(Period period) {
        if (period == null || period.getDays() == 0 && period.getMonths() == 0) {
            return YEARS;
        }
        return period.getDays() == 0 ? MONTHS : DAYS;
    }

    /** How many of {@link #of}'s unit the span holds; null for none. */
    public static Integer count(Period period) {
        if (period == null) {
            return null;
        }
        return switch (of(period)) {
            case YEARS -> period.getYears();
            case MONTHS -> (int) period.toTotalMonths();
            case DAYS -> period.getDays();
        };
    }
}
