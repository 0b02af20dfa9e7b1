package org.sepakat.servicedata.entity;

/** How a version of a service record reached Sepakat. */
public enum Channel {
    /** The REST API, one record or a bulk delivery. */
    REST,
    /** A CSV file uploaded on the service data page. */
    CSV,
    /** Entered on a page (a KPI value). */
    BY_HAND,
    /** The demo data loaded into an empty database. */
    DEMO,
    /** The state a record had when versions began to be kept (changelog 015): its earlier versions are lost. */
    MIGRATION
}
