package org.sepakat.servicedata.entity;

/** One record as a delivery left it, and whether the delivery created it (else it updated it). */
public record Received<T extends ReceivedRecord>(T record, boolean created) {}
