package org.sepakat.party.entity;

/** Where a service stands in the catalogue. */
public enum ServiceStatus {
    PIPELINE,
    LIVE,
    RETIRED
}
