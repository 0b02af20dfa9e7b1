package org.sepakat.signin.entity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A user name or an address whose failed sign-ins are counted, as stored: user names trimmed and
 * in lower case (registries compare them so), both cut to the column's length.
 */
public class SubjectKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private SubjectKind kind;
    private String subject;

    /** For JPA. */
    public SubjectKey() {}

    private SubjectKey(SubjectKind kind, String subject) {
        this.kind = Objects.requireNonNull(kind);
        String cleaned = subject == null ? "" : subject.trim();
        if (kind == SubjectKind.USER) {
            cleaned = cleaned.toLowerCase(Locale.ROOT);
        }
        this.subject =
                cleaned.length() > SignInFailures.KEY_MAX ? cleaned.substring(0, SignInFailures.KEY_MAX) : cleaned;
    }

    public static SubjectKey user(String name) {
        return new SubjectKey(SubjectKind.USER, name);
    }

    public static SubjectKey address(String address) {
        return new SubjectKey(SubjectKind.ADDRESS, address);
    }

    public static SubjectKey of(SubjectKind kind, String subject) {
        return new SubjectKey(kind, subject);
    }

    public SubjectKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectKey other && kind == other.kind && Objects.equals(subject, other.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subject);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " '" + subject + "'";
    }
}
