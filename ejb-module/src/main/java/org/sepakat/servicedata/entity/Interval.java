package org.sepakat.servicedata.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.sepakat.shared.entity.EpochSecondsConverter;
import org.sepakat.shared.entity.InvalidInput;

/** A time span [starts, ends) during which a ticket's clock was paused (waiting on the customer). */
@Embeddable
public class Interval {

    @Convert(converter = EpochSecondsConverter.class)
    @Column(name = "starts_s", nullable = false)
    private Instant starts;

    @Convert(converter = EpochSecondsConverter.class)
    @Column(name = "ends_s", nullable = false)
    private Instant ends;

    protected Interval() {}

    public Interval(Instant starts, Instant ends) {
        this.starts = Objects.requireNonNull(starts);
        this.ends = Objects.requireNonNull(ends);
        if (!ends.isAfter(starts)) {
            throw InvalidInput.of("pauses", "error.serviceData.pauseOrder", starts, ends);
        }
    }

    public Instant getStarts() {
        return starts;
    }

    public Instant getEnds() {
        return ends;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Interval i && starts.equals(i.starts) && ends.equals(i.ends);
    }

    @Override
    public int hashCode() {
        return Objects.hash(starts, ends);
    }
}
