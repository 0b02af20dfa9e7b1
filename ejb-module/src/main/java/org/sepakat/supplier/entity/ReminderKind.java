package org.sepakat.supplier.entity;

/** What a contract's manager is reminded of (issue 13 §2): a notice (or express renewal) deadline, or the expiry. */
public enum ReminderKind {
    NOTICE,
    EXPIRY
}
