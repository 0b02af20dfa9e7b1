package org.sepakat.measurement.control;

import java.math.BigDecimal;

/**
 * A workload limit's previous-period figure (README, "How a period is measured"): the actual of the
 * stored report of the span before when there is one, with today's recomputation beside it as a
 * restatement where the two differ; recomputed only when no report holds the line.
 */
public record PreviousFigure(BigDecimal previous, BigDecimal restated) {

    /** {@code reported}: a stored report holds the line, with {@code stored} as its actual (may be null). */
    public static PreviousFigure choose(boolean reported, BigDecimal stored, BigDecimal recomputed) {
        if (!reported) {
            return new PreviousFigure(recomputed, null);
        }
        boolean same = stored == null ? recomputed == null : recomputed != null && stored.compareTo(recomputed) == 0;
        return new PreviousFigure(stored, same ? null : recomputed);
    }
}
