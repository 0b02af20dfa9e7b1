package org.sepakat.shared.entity;

public enum ChangeKind {
    CREATED,
    CHANGED,
    DELETED
}
