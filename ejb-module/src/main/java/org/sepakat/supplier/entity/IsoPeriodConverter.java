package org.sepakat.supplier.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Period;

/** A span of the commercial terms (java.time.Period) stored as its ISO-8601 text, e.g. "P1Y", "P3M". */
@Converter
public class IsoPeriodConverter implements AttributeConverter<Period, String> {

    @Override
    public String convertToDatabaseColumn(Period period) {
        return period == null ? null : period.toString();
    }

    @Override
    public Period convertToEntityAttribute(String text) {
        return text == null ? null : Period.parse(text);
    }
}
