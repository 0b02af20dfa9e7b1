package org.sepakat.risk.entity;

/** How likely a risk is, or how much harm it would do: low, medium or high. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
