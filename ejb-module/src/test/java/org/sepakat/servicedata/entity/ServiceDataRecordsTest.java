package org.sepakat.servicedata.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Period;

/** The rules every received record keeps, whichever way it arrives (REST, CSV, by hand). */
class ServiceDataRecordsTest {

    private static final Instant OPENED = Instant.parse("2026-10-05T02:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private static TicketFacts ticket(Instant firstResponse, Instant resolved, Interval... pauses) {
        return new TicketFacts(1L, 2L, "incident", "P1", null, OPENED, firstResponse, resolved, List.of(pauses));
    }

    private static Interval pause(String starts, String ends) {
        return new Interval(Instant.parse(starts), Instant.parse(ends));
    }

    private static String field(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            return e.problems().stream().map(FieldProblem::field).findFirst().orElseThrow();
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName("A ticket is recorded with its pauses; recording it again replaces what was received before")
    void ticketIsRecordedAndReplaced() {
        Ticket ticket = new Ticket("INC-1");
        ticket.record(
                ticket(
                        OPENED.plusSeconds(600),
                        OPENED.plusSeconds(7200),
                        pause("2026-10-05T02:30:00Z", "2026-10-05T03:00:00Z")),
                NOW);
        assertThat(ticket.getPauses()).hasSize(1);
        assertThat(ticket.getKind()).isEqualTo("incident");

        ticket.record(ticket(OPENED.plusSeconds(600), null), NOW);
        assertThat(ticket.getResolved()).isNull();
        assertThat(ticket.getPauses()).isEmpty();
    }

    @Test
    @DisplayName("A ticket cannot be answered or resolved before it was opened")
    void momentsInOrder() {
        assertThat(field(() -> Ticket.check(ticket(OPENED.minusSeconds(1), null), NOW)))
                .isEqualTo("firstResponse");
        assertThat(field(() -> Ticket.check(ticket(null, OPENED.minusSeconds(60)), NOW)))
                .isEqualTo("resolved");
    }

    @Test
    @DisplayName("Pauses lie within the ticket's time (up to now while it is open) and never overlap")
    void pausesInsideAndApart() {
        Instant resolved = Instant.parse("2026-10-05T06:00:00Z");
        assertThat(field(() -> Ticket.check(
                        ticket(null, resolved, pause("2026-10-05T01:00:00Z", "2026-10-05T03:00:00Z")), NOW)))
                .isEqualTo("pauses");
        assertThat(field(() -> Ticket.check(
                        ticket(null, resolved, pause("2026-10-05T05:00:00Z", "2026-10-05T07:00:00Z")), NOW)))
                .isEqualTo("pauses");
        assertThat(field(() -> Ticket.check(
                        ticket(
                                null,
                                resolved,
                                pause("2026-10-05T03:00:00Z", "2026-10-05T04:00:00Z"),
                                pause("2026-10-05T03:30:00Z", "2026-10-05T05:00:00Z")),
                        NOW)))
                .isEqualTo("pauses");
        assertThat(field(() ->
                        Ticket.check(ticket(null, null, pause("2026-10-05T03:00:00Z", "2026-11-05T04:00:00Z")), NOW)))
                .isEqualTo("pauses");
        Ticket.check(
                ticket(
                        null,
                        resolved,
                        pause("2026-10-05T04:00:00Z", "2026-10-05T05:00:00Z"),
                        pause("2026-10-05T03:00:00Z", "2026-10-05T04:00:00Z")),
                NOW);
        assertThatThrownBy(() -> pause("2026-10-05T04:00:00Z", "2026-10-05T04:00:00Z"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    @DisplayName("An outage ends after it starts; an ongoing one overlaps everything after its start")
    void outageRules() {
        Instant starts = Instant.parse("2026-10-05T02:00:00Z");
        assertThat(field(() -> new Outage("OUT-1").record(new OutageFacts(1L, starts, starts, false, null))))
                .isEqualTo("ends");
        Outage outage = new Outage("OUT-1");
        outage.record(new OutageFacts(1L, starts, starts.plusSeconds(3600), true, " patching "));
        assertThat(outage.isPlanned()).isTrue();
        assertThat(outage.getDescription()).isEqualTo("patching");

        OutageFacts ongoing = new OutageFacts(1L, starts, null, false, null);
        assertThat(ongoing.overlaps(starts.plusSeconds(86_400 * 30), null)).isTrue();
        assertThat(ongoing.overlaps(starts.minusSeconds(3600), starts)).isFalse();
        OutageFacts hour = new OutageFacts(1L, starts, starts.plusSeconds(3600), false, null);
        assertThat(hour.overlaps(starts.plusSeconds(3600), starts.plusSeconds(7200)))
                .isFalse();
        assertThat(hour.overlaps(starts.plusSeconds(3599), starts.plusSeconds(7200)))
                .isTrue();
    }

    @Test
    @DisplayName("A KPI value is recorded for a month, shown from its first day")
    void kpiValueIsRecordedForAMonth() {
        KpiValue value = new KpiValue("K-1");
        value.record(new KpiFacts(1L, " Named users ", Period.of(2026, 10), BigDecimal.TEN, ""));
        assertThat(value.getMeasureName()).isEqualTo("Named users");
        assertThat(value.getNote()).isNull();
        assertThat(value.getPeriod()).hasToString("2026-10");
        assertThat(value.getPeriodStart()).isEqualTo(LocalDate.of(2026, 10, 1));
    }
}
