package org.sepakat.party.entity;

/** prospect → active → inactive, and back to active when the relationship resumes. */
public enum CustomerStatus {
    PROSPECT,
    ACTIVE,
    INACTIVE
}
