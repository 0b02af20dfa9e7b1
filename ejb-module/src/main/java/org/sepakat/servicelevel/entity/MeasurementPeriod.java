package org.sepakat.servicelevel.entity;

public enum MeasurementPeriod {
    MONTH, QUARTER
}
