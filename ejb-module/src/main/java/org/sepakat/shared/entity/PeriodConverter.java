package org.sepakat.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Date;

/**
 * A {@link Period} in a DATE column, as its first day: the way report and KPI tables have stored
 * months since changelog 004, so their range queries and unique keys stay as they are. Applied to
 * every {@code Period} attribute but those that name {@link PeriodTextConverter}.
 */
@Converter(autoApply = true)
public class PeriodConverter implements AttributeConverter<Period, Date> {

    @Override
    public Date convertToDatabaseColumn(Period period) {
        return period == null ? null : Date.valueOf(period.firstDay());
    }

    @Override
    public Period convertToEntityAttribute(Date firstDay) {
        return firstDay == null ? null : Period.startingOn(firstDay.toLocalDate());
    }
}
