package org.sepakat.it.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.RunAs;
import org.sepakat.it.support.Unique;
import org.sepakat.schedule.boundary.ReviewSchedules;
import org.sepakat.schedule.boundary.ScheduleTimers;
import org.sepakat.schedule.entity.JobKind;
import org.sepakat.schedule.entity.ReviewSchedule;
import org.sepakat.schedule.entity.ScheduleData;
import org.sepakat.schedule.entity.ScheduleRule;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.RuleViolation;

/** Review schedules and their persistent timers (SLM-6, SLM-7), on Derby and PostgreSQL. */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class ReviewSchedulesBoundaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(ReviewSchedulesBoundaryIT.class);
    }

    @Inject
    ReviewSchedules schedules;

    @Inject
    ScheduleTimers timers;

    @Inject
    RunAs runAs;

    @BeforeEach
    void signIn() throws Exception {
        runAs.user(DemoUsers.SLAMAN);
    }

    @AfterEach
    void signOut() throws Exception {
        runAs.nobody();
    }

    private static ScheduleData data(String name, int day, int hour, boolean enabled, Long version) {
        return new ScheduleData(name, JobKind.SLA_REVIEW, day, hour, 30, "Asia/Jakarta", enabled, version);
    }

    @Test
    @DisplayName("SLM-6: an enabled schedule has exactly one persistent timer, re-armed on change, none while disabled")
    void oneTimerPerEnabledSchedule() {
        ReviewSchedule created = schedules.create(data(Unique.code("Monthly"), 3, 4, true, null));
        assertThat(timers.timerCount(created.getId())).isEqualTo(1);
        Instant expected = new ScheduleRule(3, 4, 30, ZoneId.of("Asia/Jakarta")).nextRunAfter(Instant.now());
        assertThat(schedules.nextRun(created.getId()))
                .hasValueSatisfying(next ->
                        assertThat(Duration.between(expected, next).abs()).isLessThan(Duration.ofMinutes(1)));

        ReviewSchedule moved =
                schedules.update(created.getId(), data(created.getName(), 5, 6, true, created.getVersion()));
        assertThat(timers.timerCount(created.getId())).isEqualTo(1);
        assertThat(schedules.nextRun(created.getId()))
                .hasValueSatisfying(next -> assertThat(next.atZone(ZoneId.of("Asia/Jakarta")))
                        .satisfies(at -> {
                            assertThat(at.getDayOfMonth()).isEqualTo(5);
                            assertThat(at.getHour()).isEqualTo(6);
                        }));

        timers.reconcile();
        assertThat(timers.timerCount(created.getId()))
                .as("reconciling at start-up never doubles a timer")
                .isEqualTo(1);

        ReviewSchedule disabled =
                schedules.update(created.getId(), data(created.getName(), 5, 6, false, moved.getVersion()));
        assertThat(timers.timerCount(created.getId())).isZero();
        assertThat(schedules.nextRun(created.getId())).isEmpty();

        ReviewSchedule enabled =
                schedules.update(created.getId(), data(created.getName(), 5, 6, true, disabled.getVersion()));
        assertThat(timers.timerCount(created.getId())).isEqualTo(1);
        schedules.delete(created.getId(), enabled.getVersion());
        assertThat(timers.timerCount(created.getId())).isZero();
    }

    @Test
    @DisplayName("SLM-6: a day after the 28th, an unknown time zone and a month not yet ended are refused")
    void badSchedulesAreRefused() {
        assertThatThrownBy(() -> schedules.create(data(Unique.code("Late"), 31, 2, true, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("dayOfMonth"));
        assertThatThrownBy(() -> schedules.create(
                        new ScheduleData(Unique.code("Mars"), JobKind.SLA_REVIEW, 1, 2, 0, "Mars/Olympus", true, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("timeZone"));

        ReviewSchedule schedule = schedules.create(data(Unique.code("Now"), 1, 2, false, null));
        assertThatThrownBy(() -> schedules.runNow(
                        schedule.getId(), Period.current(java.time.Clock.system(ZoneId.of("Asia/Jakarta")))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SLM-6"));
    }

    @Test
    @DisplayName(
            "SLM-6: the last day and 3 days before it are accepted, their timers run on those days; 29 and 4 days before are refused")
    void monthEndDays() {
        for (int day : new int[] {ScheduleRule.LAST_DAY, -3}) {
            ReviewSchedule created = schedules.create(data(Unique.code("Month end"), day, 23, true, null));
            assertThat(schedules.find(created.getId()).getDayOfMonth())
                    .as("stored as given")
                    .isEqualTo(day);
            assertThat(timers.timerCount(created.getId())).isEqualTo(1);
            Instant expected = new ScheduleRule(day, 23, 30, ZoneId.of("Asia/Jakarta")).nextRunAfter(Instant.now());
            assertThat(schedules.nextRun(created.getId()))
                    .as("the server's timer agrees with the rule for day " + day)
                    .hasValueSatisfying(next ->
                            assertThat(Duration.between(expected, next).abs()).isLessThan(Duration.ofMinutes(1)));
            timers.reconcile();
            assertThat(timers.timerCount(created.getId()))
                    .as("its timer matches its rule at start-up")
                    .isEqualTo(1);
            schedules.delete(created.getId(), schedules.find(created.getId()).getVersion());
        }
        for (int day : new int[] {29, -4}) {
            assertThatThrownBy(() -> schedules.create(data(Unique.code("Wrong day"), day, 2, true, null)))
                    .as("day " + day)
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.problems())
                                    .extracting(p -> p.field())
                                    .containsExactly("dayOfMonth"));
        }
    }

    @Test
    @DisplayName("X-4: the auditor reads schedules but cannot create one")
    void auditorOnlyReads() throws Exception {
        ReviewSchedule schedule = schedules.create(data(Unique.code("Audited"), 2, 2, false, null));
        runAs.user(DemoUsers.AUDITOR);
        assertThat(schedules.find(schedule.getId()).getName()).isEqualTo(schedule.getName());
        assertThatThrownBy(() -> schedules.create(data(Unique.code("Nope"), 2, 2, false, null)))
                .isInstanceOf(EJBAccessException.class);
    }
}
