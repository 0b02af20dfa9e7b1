package org.sepakat.risk.entity;

/** SUP-7: a risk is open until it is treated, and ends closed with its evidence; it never reopens. */
public enum RiskStatus {
    OPEN,
    TREATED,
    CLOSED
}
