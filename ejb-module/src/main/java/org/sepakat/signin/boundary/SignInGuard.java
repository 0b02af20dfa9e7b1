package org.sepakat.signin.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.sepakat.shared.entity.Roles;
import org.sepakat.signin.control.FailureRows;
import org.sepakat.signin.control.ThrottleSettings;
import org.sepakat.signin.entity.FailureCount;
import org.sepakat.signin.entity.Refusal;
import org.sepakat.signin.entity.SignInFailures;
import org.sepakat.signin.entity.SubjectKey;
import org.sepakat.signin.entity.SubjectKind;

/**
 * Asked before every password check (form and REST Basic): is this user name or this address
 * waiting after failures in a row? Told of every failure and success. Unknown user names are
 * counted exactly like known ones, so the answers never tell them apart.
 */
@Stateless
public class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());
    /** Rows without a failure for this long are deleted every night; their counts go with them. */
    static final Duration KEPT = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    FailureRows rows;

    @Inject
    ThrottleSettings settings;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Why a sign-in as {@code user} from {@code address} is not to be tried now, or null. */
    @PermitAll
    public Refusal refusal(String user, String address) {
        Instant now = clock.instant();
        return Refusal.stricter(refusal(SubjectKey.user(user), now), refusal(SubjectKey.address(address), now));
    }

    private Refusal refusal(SubjectKey key, Instant now) {
        return refusal(rows.read(key), now);
    }

    /**
     * Counts a failed sign-in: a wrong password against the user name and the address; an attempt
     * refused without trying it ({@code refused}) only against the one(s) that refused it, so that
     * people signing in from an address others made wait do not lock their own accounts.
     *
     * @param channel where it came from ("form", "api"), for the log
     * @return the refusal now in force for the next attempt, or null
     */
    @PermitAll
    public Refusal failed(String user, String address, String channel, boolean refused) {
        Instant now = clock.instant();
        SignInFailures byUser = countOrRead(SubjectKey.user(user), now, refused);
        SignInFailures byAddress = countOrRead(SubjectKey.address(address), now, refused);
        Refusal next = Refusal.stricter(refusal(byUser, now), refusal(byAddress, now));
        LOG.warning(() -> String.format(
                "Sign-in %s for user '%s' from %s (%s): %s for the user, %s for the address%s",
                refused ? "refused without a password check" : "failed",
                printable(SubjectKey.user(user).getSubject()),
                printable(SubjectKey.address(address).getSubject()),
                channel,
                counts(byUser),
                counts(byAddress),
                next == null ? "" : (next.locked() ? "; locked until " : "; next attempt not before ") + next.until()));
        return next;
    }

    private SignInFailures countOrRead(SubjectKey key, Instant now, boolean onlyIfRefusing) {
        if (onlyIfRefusing) {
            SignInFailures row = rows.read(key);
            if (row == null || row.refusal(now, settings.policy(key.getKind())) == null) {
                return row;
            }
        }
        return count(key, now);
    }

    private Refusal refusal(SignInFailures row, Instant now) {
        return row == null ? null : row.refusal(now, settings.policy(row.getKind()));
    }

    private static String counts(SignInFailures row) {
        return row == null ? "no failures" : row.getFailures() + " failure(s) in a row (" + row.getTotal() + " in all)";
    }

    private SignInFailures count(SubjectKey key, Instant now) {
        SignInFailures row = rows.lockedOrMade(key);
        row.failed(now, settings.policy(key.getKind()));
        return row;
    }

    /** The right password: the user name's streak ends (the address's goes on, so one account cannot clear it). */
    @PermitAll
    public void succeeded(String user) {
        SignInFailures row = rows.read(SubjectKey.user(user));
        if (row != null && row.hasStreak()) {
            rows.lockedOrMade(SubjectKey.user(user)).succeeded();
        }
    }

    /** Every user name and address with counted failures, the latest first. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<FailureCount> counts() {
        Instant now = clock.instant();
        return em
                .createNamedQuery(SignInFailures.ALL, SignInFailures.class)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .setMaxResults(1000)
                .getResultList()
                .stream()
                .map(f -> {
                    Refusal refusal = f.refusal(now, settings.policy(f.getKind()));
                    return new FailureCount(
                            f.getKind(),
                            f.getSubject(),
                            f.getFailures(),
                            f.getTotal(),
                            f.getLastFailure(),
                            refusal == null ? null : refusal.until(),
                            refusal != null && refusal.locked());
                })
                .toList();
    }

    /**
     * Ends a user name's or an address's streak and its wait or lock (the counts in all stay).
     *
     * @return false when nothing was counted for it
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public boolean lift(SubjectKind kind, String subject) {
        SubjectKey key = SubjectKey.of(kind, subject);
        if (rows.read(key) == null) {
            return false;
        }
        rows.lockedOrMade(key).succeeded();
        LOG.info(() -> "Sign-in throttle lifted for " + printable(key.toString()) + " by "
                + session.getCallerPrincipal().getName());
        return true;
    }

    /** Not persistent: a purge missed while the server was down simply happens the next night. */
    @Schedule(hour = "3", minute = "50", persistent = false)
    @PermitAll
    void purge() {
        int removed = em.createNamedQuery(SignInFailures.PURGE)
                .setParameter("before", clock.instant().minus(KEPT))
                .executeUpdate();
        LOG.info(() -> "Deleted the failed sign-in counts of " + removed + " user name(s) and address(es) idle for "
                + KEPT.toDays() + " days");
    }

    /** User names come from whoever signs in: no line breaks or control characters into the log. */
    static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
