package org.sepakat.supplier.entity;

/**
 * The two kinds of supplier agreement (SUP-2, OLA-1): a contract with an external supplier, or an
 * operational level agreement with an internal supplier or a customer acting as a supplier.
 */
public enum AgreementKind {
    /** An underpinning contract with an external supplier (SUP-2): has commercial terms. */
    UNDERPINNING_CONTRACT,
    /** An operational level agreement with an internal supplier or a customer acting as a supplier (OLA-1). */
    OPERATIONAL_LEVEL_AGREEMENT;

    /** The kind of agreement a supplier of {@code kind} has: a contract for an external one, an OLA otherwise. */
    public static AgreementKind forSupplier(SupplierKind kind) {
        return kind == SupplierKind.EXTERNAL_SUPPLIER ? UNDERPINNING_CONTRACT : OPERATIONAL_LEVEL_AGREEMENT;
    }
}
