package org.sepakat.shared.entity;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar month, the period every report, run, KPI value and schedule speaks of: written
 * {@code 2026-10} wherever people and other systems see it (API, CSV, job parameters), stored as
 * its first day ({@link PeriodConverter}) or as that text ({@link PeriodTextConverter}). A quarter
 * is named by its months: a value measured per quarter lives under the quarter's first month and a
 * quarterly target is measured in its last.
 */
public final class Period implements Comparable<Period>, Serializable {

    private static final long serialVersionUID = 1L;

    private final YearMonth month;

    private Period(YearMonth month) {
        this.month = Objects.requireNonNull(month);
    }

    public static Period of(YearMonth month) {
        return new Period(month);
    }

    public static Period of(int year, int month) {
        return new Period(YearMonth.of(year, month));
    }

    /** The month holding {@code day}. */
    public static Period containing(LocalDate day) {
        return new Period(YearMonth.from(day));
    }

    /** The month starting on {@code firstDay}; any other day is refused. */
    public static Period startingOn(LocalDate firstDay) {
        if (firstDay.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a period starts on the first of a month: " + firstDay);
        }
        return containing(firstDay);
    }

    /** The current month as the clock's zone sees it. */
    public static Period current(Clock clock) {
        return new Period(YearMonth.now(clock));
    }

    /**
     * A month as people and other systems write it, {@code 2026-10} (surrounding blanks ignored).
     *
     * @throws InvalidInput naming {@code field} when the text is empty or not such a month
     */
    public static Period parse(String field, String text) {
        try {
            return new Period(YearMonth.parse(text == null ? "" : text.trim()));
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "error.period", text == null ? "" : text.trim());
        }
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    /** The first day after the month: a report covers [firstDay, nextFirstDay). */
    public LocalDate nextFirstDay() {
        return month.plusMonths(1).atDay(1);
    }

    public Period previous() {
        return minusMonths(1);
    }

    public Period next() {
        return plusMonths(1);
    }

    public Period plusMonths(long months) {
        return new Period(month.plusMonths(months));
    }

    public Period minusMonths(long months) {
        return new Period(month.minusMonths(months));
    }

    /** 1 to 4. */
    public int quarter() {
        return (month.getMonthValue() - 1) / 3 + 1;
    }

    /** The first month of this month's quarter. */
    public Period quarterStart() {
        return plusMonths(-((month.getMonthValue() - 1) % 3));
    }

    public boolean isQuarterStart() {
        return (month.getMonthValue() - 1) % 3 == 0;
    }

    public boolean isQuarterEnd() {
        return month.getMonthValue() % 3 == 0;
    }

    public boolean isBefore(Period other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(Period other) {
        return compareTo(other) > 0;
    }

    public int year() {
        return month.getYear();
    }

    /** 1 to 12. */
    public int monthValue() {
        return month.getMonthValue();
    }

    public YearMonth yearMonth() {
        return month;
    }

    @Override
    public int compareTo(Period other) {
        return month.compareTo(other.month);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period period && month.equals(period.month);
    }

    @Override
    public int hashCode() {
        return month.hashCode();
    }

    /** {@code 2026-10}. */
    @Override
    public String toString() {
        return month.toString();
    }
}
