package org.sepakat.signin.entity;

/** What failed sign-ins are counted against: the user name asked for, or the client's address. */
public enum SubjectKind {
    USER,
    ADDRESS
}
