package org.sepakat.supplier.entity;

/** A CDI event: the underpinning map of this SLA was replaced; the alignment check runs after the commit. */
public record UnderpinningChanged(long slaId) {}
