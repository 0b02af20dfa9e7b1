package org.sepakat.signin.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.sepakat.signin.entity.SubjectKind;
import org.sepakat.signin.entity.ThrottlePolicy;

/**
 * The throttle's thresholds, from the server variables {@code sepakat.signin.*} (server.xml;
 * Liberty hands numeric jndiEntries over as numbers, text ones as strings).
 */
@ApplicationScoped
public class ThrottleSettings {

    @Resource(lookup = "sepakat/signin/userFree")
    Object userFree;

    @Resource(lookup = "sepakat/signin/userLock")
    Object userLock;

    @Resource(lookup = "sepakat/signin/addressFree")
    Object addressFree;

    @Resource(lookup = "sepakat/signin/addressLock")
    Object addressLock;

    @Resource(lookup = "sepakat/signin/delaySeconds")
    Object delaySeconds;

    @Resource(lookup = "sepakat/signin/lockMinutes")
    Object lockMinutes;

    private ThrottlePolicy user;
    private ThrottlePolicy address;

    @PostConstruct
    void read() {
        Duration delay = Duration.ofSeconds(number(delaySeconds, "delaySeconds"));
        Duration lock = Duration.ofMinutes(number(lockMinutes, "lockMinutes"));
        user = new ThrottlePolicy((int) number(userFree, "userFree"), (int) number(userLock, "userLock"), delay, lock);
        address = new ThrottlePolicy(
                (int) number(addressFree, "addressFree"), (int) number(addressLock, "addressLock"), delay, lock);
    }

    public ThrottlePolicy policy(SubjectKind kind) {
        return kind == SubjectKind.USER ? user : address;
    }

    private static long number(Object value, String name) {
        try {
            return Long.parseLong(String.valueOf(value).replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("sepakat/signin/" + name + " is not a number: " + value, e);
        }
    }
}
