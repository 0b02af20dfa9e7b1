package org.sepakat.measurement.entity;

import java.io.Serializable;
import java.util.List;
import org.sepakat.servicedata.entity.Delivery;

/**
 * One figure of a report line that came out differently when the report was reproduced: the
 * section (TARGET, LIMIT, EXCLUSION), the line (a target's or limit's name, an exclusion's subject
 * and reason), the field, the stored and the recomputed value ("" when the line is absent on that
 * side), and the deliveries received after the report of the kind of records the line counts.
 */
public record LineDifference(
        Section section, String line, String field, String stored, String recomputed, List<Delivery> deliveries)
        implements Serializable {

    public enum Section {
        TARGET,
        LIMIT,
        EXCLUSION
    }

    public LineDifference {
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
    }

    public LineDifference with(List<Delivery> more) {
        return new LineDifference(section, line, field, stored, recomputed, more);
    }
}
