package org.sepakat.signin.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The failed sign-ins of one user name or one address: the failures in a row (the streak the
 * throttle looks at), all failures counted since the row was made, the last one, and the moment
 * before which the subject is refused. Not a business record: no history, no version (rows are
 * changed under a database lock, so servers sharing the database count together).
 */
@Entity
@Cacheable(false)
@Table(name = "si_failure")
@IdClass(SubjectKey.class)
@NamedQuery(name = SignInFailures.ALL, query = "SELECT f FROM SignInFailures f ORDER BY f.lastFailure DESC")
@NamedQuery(
        name = SignInFailures.PURGE,
        query =
                "DELETE FROM SignInFailures f WHERE f.lastFailure < :before AND (f.notBefore IS NULL OR f.notBefore < :before)")
public class SignInFailures {

    public static final String ALL = "SignInFailures.all";
    public static final String PURGE = "SignInFailures.purge";
    public static final int KEY_MAX = 100;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", length = 10)
    private SubjectKind kind;

    @Id
    @Column(name = "subject", length = KEY_MAX)
    private String subject;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "total", nullable = false)
    private long total;

    @Column(name = "last_failure")
    private Instant lastFailure;

    @Column(name = "not_before")
    private Instant notBefore;

    protected SignInFailures() {}

    public SignInFailures(SubjectKey key) {
        this.kind = key.getKind();
        this.subject = key.getSubject();
    }

    /** Why a sign-in of this subject is refused at {@code now}, or null when it may be tried. */
    public Refusal refusal(Instant now, ThrottlePolicy policy) {
        if (notBefore == null || !notBefore.isAfter(now)) {
            return null;
        }
        return new Refusal(notBefore, policy.locks(failures));
    }

    /**
     * Counts a failure: a wrong password, or an attempt refused while waiting (a guesser gains
     * nothing by ignoring the wait). Reaching the lock locks; an attempt during a lock does not
     * prolong it; the first failure after a lock ended locks again.
     */
    public void failed(Instant now, ThrottlePolicy policy) {
        if (policy.streakOver(lastFailure, now) && refusal(now, policy) == null) {
            failures = 0;
        }
        failures++;
        total++;
        lastFailure = now;
        boolean refusedNow = notBefore != null && notBefore.isAfter(now);
        if (policy.locks(failures)) {
            if (!refusedNow || failures == policy.lockAt()) {
                notBefore = now.plus(policy.lock());
            }
        } else {
            Instant wait = now.plus(policy.delayAfter(failures));
            if (wait.isAfter(now) && (notBefore == null || wait.isAfter(notBefore))) {
                notBefore = wait;
            }
        }
    }

    /** The right password: the streak is over. */
    public void succeeded() {
        failures = 0;
        notBefore = null;
    }

    public boolean hasStreak() {
        return failures > 0 || notBefore != null;
    }

    public SubjectKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public long getTotal() {
        return total;
    }

    public Instant getLastFailure() {
        return lastFailure;
    }

    public Instant getNotBefore() {
        return notBefore;
    }
}
