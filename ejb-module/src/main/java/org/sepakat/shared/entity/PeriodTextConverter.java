package org.sepakat.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.YearMonth;

/**
 * A {@link Period} in a VARCHAR(7) column as {@code 2026-10}, for the tables that have stored it
 * so (a run's and a schedule's period, changelog 007). Applied explicitly ({@code @Convert}).
 */
@Converter
public class PeriodTextConverter implements AttributeConverter<Period, String> {

    @Override
    public String convertToDatabaseColumn(Period period) {
        return period == null ? null : period.toString();
    }

    @Override
    public Period convertToEntityAttribute(String text) {
        return text == null ? null : Period.of(YearMonth.parse(text));
    }
}
