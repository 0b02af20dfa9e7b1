package org.sepakat.measurement.entity;

/**
 * A period at a glance: red when a target was missed; amber when a workload limit was exceeded or
 * reached 90 %, a target was suspended, or evidence is missing; green otherwise.
 */
public enum Rating {
    GREEN,
    AMBER,
    RED
}
