package org.sepakat.measurement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.Period;

class RunItemTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Span MARCH = Span.month(Period.of(2026, 3), JAKARTA);
    private static final Span FEBRUARY = Span.month(Period.of(2026, 2), JAKARTA);

    @Test
    @DisplayName(
            "A ticket-time target row carries its priority, allowance, cover and no-response rule, then its timelines")
    void ticketTime() {
        RunItem item = RunItem.ticketTime(7, 2, 3, "RESPONSE_TIME", "P1", 14_400, MARCH, 1_000, "MISSED")
                .on(11L, 11L);

        assertThat(item)
                .isEqualTo(new RunItem(
                        7,
                        2,
                        3,
                        "RESPONSE_TIME",
                        "P1",
                        null,
                        null,
                        14_400L,
                        11L,
                        11L,
                        MARCH.fromSecond(),
                        MARCH.toSecond(),
                        null,
                        1_000L,
                        LocalDate.of(2026, 3, 1),
                        null,
                        "MISSED"));
    }

    @Test
    @DisplayName("An availability row is measured on the service time and the business hours")
    void availability() {
        RunItem item = RunItem.availability(7, 0, 3, "AVAILABILITY", MARCH).on(21L, 22L);

        assertThat(item.timelineId()).isEqualTo(21L);
        assertThat(item.baseTimelineId()).isEqualTo(22L);
        assertThat(item.priority()).isNull();
        assertThat(item.withinSeconds()).isNull();
        assertThat(item.measureName()).isNull();
        assertThat(item.spanStart()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    @DisplayName("A custom KPI row names its measure; a limit row its kind or measure and the span before")
    void kpiAndLimit() {
        RunItem kpi = RunItem.customKpi(7, 1, 3, "Satisfaction", MARCH);
        RunItem tickets = RunItem.limit(7, 0, 3, "TICKETS", "INCIDENT", "Incidents", MARCH, FEBRUARY);

        assertThat(kpi.metric()).isEqualTo("CUSTOM_KPI");
        assertThat(kpi.measureName()).isEqualTo("Satisfaction");
        assertThat(kpi.timelineId()).isNull();
        assertThat(tickets.ticketKind()).isEqualTo("INCIDENT");
        assertThat(tickets.previousFromSecond()).isEqualTo(FEBRUARY.fromSecond());
        assertThat(tickets.previousStart()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(tickets.coverFromSecond()).isNull();
    }

    @Test
    @DisplayName("The SLA's own row spans its month and holds nothing else")
    void agreement() {
        assertThat(RunItem.agreement(7, 3, MARCH))
                .isEqualTo(new RunItem(
                        7,
                        0,
                        3,
                        "SLA",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        MARCH.fromSecond(),
                        MARCH.toSecond(),
                        null,
                        null,
                        LocalDate.of(2026, 3, 1),
                        null,
                        null));
    }
}
