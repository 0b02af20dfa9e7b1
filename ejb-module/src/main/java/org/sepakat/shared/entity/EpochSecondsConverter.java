package org.sepakat.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;

/**
 * Moments of measured service data are stored as seconds since the epoch (UTC), so that the
 * review's aggregate queries compute durations with plain integer arithmetic on every database.
 * Applied explicitly ({@code @Convert}) to the columns that need it.
 */
@Converter
public class EpochSecondsConverter implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant value) {
        return value == null ? null : value.getEpochSecond();
    }

    @Override
    public Instant convertToEntityAttribute(Long value) {
        return value == null ? null : Instant.ofEpochSecond(value);
    }
}
