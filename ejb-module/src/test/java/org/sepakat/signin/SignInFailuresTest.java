package org.sepakat.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.signin.entity.Refusal;
import org.sepakat.signin.entity.SignInFailures;
import org.sepakat.signin.entity.SubjectKey;
import org.sepakat.signin.entity.ThrottlePolicy;

class SignInFailuresTest {

    private static final ThrottlePolicy POLICY =
            new ThrottlePolicy(3, 10, Duration.ofSeconds(1), Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    @DisplayName("Free failures need no wait; then the wait doubles from the first delay")
    void waitGrows() {
        SignInFailures f = new SignInFailures(SubjectKey.user("Admin "));
        for (int i = 0; i < 3; i++) {
            f.failed(T0, POLICY);
            assertThat(f.refusal(T0, POLICY)).isNull();
        }
        f.failed(T0, POLICY);
        assertThat(f.refusal(T0, POLICY)).isEqualTo(new Refusal(T0.plusSeconds(1), false));
        Instant t1 = T0.plusSeconds(2);
        f.failed(t1, POLICY);
        assertThat(f.refusal(t1, POLICY)).isEqualTo(new Refusal(t1.plusSeconds(2), false));
        assertThat(f.getSubject()).isEqualTo("admin");
    }

    @Test
    @DisplayName(
            "The lock comes at the lock count, is not prolonged by attempts during it, and comes again after it ended")
    void lockHolds() {
        SignInFailures f = new SignInFailures(SubjectKey.address("127.0.0.1"));
        for (int i = 0; i < 10; i++) {
            f.failed(T0, POLICY);
        }
        Refusal lock = f.refusal(T0, POLICY);
        assertThat(lock).isEqualTo(new Refusal(T0.plus(Duration.ofMinutes(15)), true));
        assertThat(lock.minutesLeft(T0)).isEqualTo(15);
        Instant during = T0.plus(Duration.ofMinutes(10));
        f.failed(during, POLICY);
        assertThat(f.refusal(during, POLICY).until()).isEqualTo(lock.until());
        Instant after = lock.until().plusSeconds(1);
        assertThat(f.refusal(after, POLICY)).isNull();
        f.failed(after, POLICY);
        assertThat(f.refusal(after, POLICY)).isEqualTo(new Refusal(after.plus(Duration.ofMinutes(15)), true));
        assertThat(f.getTotal()).isEqualTo(12);
    }

    @Test
    @DisplayName("A streak ends with the right password or when its last failure is older than the lock")
    void streakEnds() {
        SignInFailures f = new SignInFailures(SubjectKey.user("relman"));
        for (int i = 0; i < 5; i++) {
            f.failed(T0, POLICY);
        }
        f.succeeded();
        assertThat(f.refusal(T0, POLICY)).isNull();
        assertThat(f.getFailures()).isZero();
        for (int i = 0; i < 3; i++) {
            f.failed(T0, POLICY);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        f.failed(later, POLICY);
        assertThat(f.getFailures()).isEqualTo(1);
        assertThat(f.refusal(later, POLICY)).isNull();
        assertThat(f.getTotal()).isEqualTo(9);
    }
}
