package org.sepakat.measurement.entity;

/**
 * A period at a glance, by the rating table in README.md, "How a period is measured": red when a
 * target was missed; amber when a workload limit was exceeded or reached 90 %, a target was
 * suspended, or a target or limit has no data (no data is never green); green otherwise.
 */
public enum Rating {
    GREEN,
    AMBER,
    RED
}
