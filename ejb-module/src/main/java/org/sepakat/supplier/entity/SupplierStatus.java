package org.sepakat.supplier.entity;

/** prospect → active → inactive, and back to active when the supplier is used again. */
public enum SupplierStatus {
    PROSPECT,
    ACTIVE,
    INACTIVE
}
