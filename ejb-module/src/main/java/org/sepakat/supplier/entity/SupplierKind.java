package org.sepakat.supplier.entity;

/** SUP-1: who supplies: another organisation, a team of the provider, or a customer acting as a supplier. */
public enum SupplierKind {
    EXTERNAL_SUPPLIER,
    INTERNAL_SUPPLIER,
    CUSTOMER_AS_SUPPLIER
}
