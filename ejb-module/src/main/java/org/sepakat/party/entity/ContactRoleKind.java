package org.sepakat.party.entity;

/** How a contact stands towards a service: a user (BRM-2) or another interested party (BRM-3). */
public enum ContactRoleKind {
    USER,
    INTERESTED_PARTY
}
