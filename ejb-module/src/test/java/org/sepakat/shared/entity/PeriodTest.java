package org.sepakat.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    @DisplayName("A period is read and written as 2026-10, blanks around it ignored")
    void parseAndFormatRoundTrip() {
        assertThat(Period.parse("period", "2026-10"))
                .isEqualTo(Period.of(2026, 10))
                .hasToString("2026-10");
        assertThat(Period.parse("period", " 2027-01 ").toString()).isEqualTo("2027-01");
        assertThat(Period.parse("from", Period.of(1999, 3).toString())).isEqualTo(Period.of(1999, 3));
    }

    @Test
    @DisplayName("Text that is not a month is refused naming the field and repeating what was given")
    void badInputNamesTheField() {
        Stream.of("October", "2026-13", "2026-10-01", "", null)
                .forEach(text -> assertThatThrownBy(() -> Period.parse("to", text))
                        .as(text)
                        .isInstanceOfSatisfying(InvalidInput.class, e -> {
                            assertThat(e.problems()).singleElement().satisfies(p -> {
                                assertThat(p.field()).isEqualTo("to");
                                assertThat(p.messageKey()).isEqualTo("error.period");
                                assertThat(p.arguments()).containsExactly(text == null ? "" : text.trim());
                            });
                        }));
    }

    @Test
    @DisplayName("A month runs from its first day to the next month's first day")
    void daysOfTheMonth() {
        Period february = Period.of(2028, 2);
        assertThat(february.firstDay()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(february.nextFirstDay()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(Period.containing(LocalDate.of(2028, 2, 29))).isEqualTo(february);
        assertThat(Period.startingOn(LocalDate.of(2028, 2, 1))).isEqualTo(february);
        assertThatThrownBy(() -> Period.startingOn(LocalDate.of(2028, 2, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2028-02-02");
    }

    @Test
    @DisplayName("The previous month crosses the year; months compare in time order")
    void previousAndOrder() {
        assertThat(Period.of(2027, 1).previous()).isEqualTo(Period.of(2026, 12));
        assertThat(Period.of(2026, 12).next()).isEqualTo(Period.of(2027, 1));
        assertThat(Period.of(2026, 12).minusMonths(12)).isEqualTo(Period.of(2025, 12));
        assertThat(Period.of(2026, 9)).isLessThan(Period.of(2026, 10)).isGreaterThan(Period.of(2025, 12));
        assertThat(Period.of(2026, 9).isBefore(Period.of(2026, 10))).isTrue();
        assertThat(Period.of(2026, 10).isAfter(Period.of(2026, 10))).isFalse();
        assertThat(Period.of(2026, 10)).isEqualTo(Period.of(2026, 10)).hasSameHashCodeAs(Period.of(2026, 10));
    }

    @Test
    @DisplayName("Quarters: March, June, September and December end one, the first month names it")
    void quarterArithmetic() {
        assertThat(Stream.iterate(Period.of(2026, 1), Period::next)
                        .limit(12)
                        .filter(Period::isQuarterEnd)
                        .map(Period::monthValue))
                .containsExactly(3, 6, 9, 12);
        assertThat(Stream.iterate(Period.of(2026, 1), Period::next)
                        .limit(12)
                        .filter(Period::isQuarterStart)
                        .map(Period::monthValue))
                .containsExactly(1, 4, 7, 10);
        assertThat(Period.of(2026, 6).quarter()).isEqualTo(2);
        assertThat(Period.of(2026, 12).quarter()).isEqualTo(4);
        assertThat(Period.of(2026, 6).quarterStart()).isEqualTo(Period.of(2026, 4));
        assertThat(Period.of(2026, 10).quarterStart()).isEqualTo(Period.of(2026, 10));
        assertThat(Period.of(2026, 12).quarterStart().firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    @DisplayName("The current month is the one the clock's zone is in")
    void currentMonthFollowsTheZone() {
        Instant lateOnTheLast = Instant.parse("2026-10-31T20:00:00Z");
        assertThat(Period.current(Clock.fixed(lateOnTheLast, ZoneId.of("UTC")))).isEqualTo(Period.of(2026, 10));
        assertThat(Period.current(Clock.fixed(lateOnTheLast, ZoneId.of("Asia/Jakarta"))))
                .isEqualTo(Period.of(2026, 11));
    }

    @Test
    @DisplayName("Stored as its first day in a DATE column and back")
    void dateConverterBothWays() {
        PeriodConverter converter = new PeriodConverter();
        assertThat(converter.convertToDatabaseColumn(Period.of(2026, 10))).isEqualTo(Date.valueOf("2026-10-01"));
        assertThat(converter.convertToEntityAttribute(Date.valueOf("2026-10-01")))
                .isEqualTo(Period.of(2026, 10));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThatThrownBy(() -> converter.convertToEntityAttribute(Date.valueOf("2026-10-15")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Stored as 2026-10 in a text column and back")
    void textConverterBothWays() {
        PeriodTextConverter converter = new PeriodTextConverter();
        assertThat(converter.convertToDatabaseColumn(Period.of(2026, 3))).isEqualTo("2026-03");
        assertThat(converter.convertToEntityAttribute("2026-03")).isEqualTo(Period.of(2026, 3));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
