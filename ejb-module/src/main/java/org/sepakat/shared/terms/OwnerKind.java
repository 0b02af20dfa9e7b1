package org.sepakat.shared.terms;

/** Whose agreement is measured: the component that owns it and its kind of document. */
public enum OwnerKind {
    /** A service level agreement with a customer (servicelevel). */
    SERVICE_LEVEL_AGREEMENT,
    /** An underpinning contract or operational level agreement with a supplier (supplier). */
    SUPPLIER_AGREEMENT
}
