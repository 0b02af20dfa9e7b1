package org.sepakat.shared.terms;

public enum MeasurementPeriod {
    MONTH,
    QUARTER
}
