package org.sepakat.supplier.entity;

/** SUP-1: what a named person is responsible for towards a supplier; one person may hold several. */
public enum Responsibility {
    RELATIONSHIP,
    CONTRACT,
    PERFORMANCE
}
