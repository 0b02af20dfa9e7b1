package org.sepakat.measurement.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sepakat.shared.terms.Comparison;

/** The arithmetic of a review: percentages with 2 decimals rounded half up, and the comparisons. */
public final class Measures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Measures() {}

    /** part / whole × 100; null when there is no whole. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** Change (%) from the previous period; null when there was nothing (or no value) before. */
    public static BigDecimal change(BigDecimal actual, BigDecimal previous) {
        if (actual == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return percent(actual.subtract(previous), previous);
    }

    public static boolean met(Comparison comparison, BigDecimal attained, BigDecimal threshold) {
        int order = attained.compareTo(threshold);
        return comparison == Comparison.AT_LEAST ? order >= 0 : order <= 0;
    }

    /** Seconds from a (possibly fractional) number of hours, to the nearest second. */
    public static long seconds(BigDecimal hours) {
        return hours.multiply(BigDecimal.valueOf(3600))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
