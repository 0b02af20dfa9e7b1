package org.sepakat.measurement.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.sepakat.servicedata.entity.Delivery;

/**
 * A stored period report computed again from the service data as it stood when the report was made
 * (X-1, SLM-6): identical, different in the lines listed, or not reproducible for the reason given
 * (a bundle key and its argument). {@code laterDeliveries} are the deliveries received since the
 * report that touched the records it rests on: what a fresh run would see and the report did not.
 */
public record Reproduction(
        Long reportId,
        Outcome outcome,
        Instant asOf,
        String reasonKey,
        String reasonArgument,
        List<LineDifference> differences,
        List<Delivery> laterDeliveries)
        implements Serializable {

    public enum Outcome {
        IDENTICAL,
        DIFFERENT,
        NOT_REPRODUCIBLE
    }

    public Reproduction {
        differences = List.copyOf(differences);
        laterDeliveries = List.copyOf(laterDeliveries);
    }

    /** The figures could not be computed again honestly; why, as a bundle key with one argument. */
    public static Reproduction impossible(Long reportId, Instant asOf, String reasonKey, String reasonArgument) {
        return new Reproduction(
                reportId, Outcome.NOT_REPRODUCIBLE, asOf, reasonKey, reasonArgument, List.of(), List.of());
    }

    /** Identical when no line differs. */
    public static Reproduction of(
            Long reportId, Instant asOf, List<LineDifference> differences, List<Delivery> laterDeliveries) {
        return new Reproduction(
                reportId,
                differences.isEmpty() ? Outcome.IDENTICAL : Outcome.DIFFERENT,
                asOf,
                null,
                null,
                differences,
                laterDeliveries);
    }
}
