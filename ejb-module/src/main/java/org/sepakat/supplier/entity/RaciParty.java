package org.sepakat.supplier.entity;

/** The two parties of a supplier contract's responsibility matrix (SUP-6). */
public enum RaciParty {
    /** The service provider running the service management system. */
    PROVIDER,
    /** The external or internal supplier. */
    SUPPLIER
}
