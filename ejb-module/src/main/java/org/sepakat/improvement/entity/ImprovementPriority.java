package org.sepakat.improvement.entity;

public enum ImprovementPriority {
    LOW,
    MEDIUM,
    HIGH
}
