package org.sepakat.party.entity;

public enum CustomerKind {
    INTERNAL,
    EXTERNAL
}
