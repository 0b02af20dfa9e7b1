package org.sepakat.it.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.RunAs;
import org.sepakat.measurement.boundary.PeriodMeasurements;
import org.sepakat.measurement.boundary.PeriodReports;
import org.sepakat.measurement.boundary.Reproductions;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.LineDifference;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.Reproduction;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.measurement.entity.TargetResult;
import org.sepakat.servicedata.boundary.ServiceRecordVersions;
import org.sepakat.servicedata.boundary.ServiceRecords;
import org.sepakat.servicedata.entity.Channel;
import org.sepakat.servicedata.entity.Delivery;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.servicedata.entity.TicketVersion;
import org.sepakat.shared.entity.Period;

/**
 * X-1, SLM-6: a stored period report is reproduced from the service data as it stood when it was
 * made, whatever was delivered since; where that data cannot be recovered, the reproduction says so.
 */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class ReportReproductionIT {

    private static final Period MARCH = Period.of(2026, 3);

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(ReportReproductionIT.class, ReviewedSla.class, ServiceDataRows.class);
    }

    @Inject
    PeriodMeasurements measurements;

    @Inject
    PeriodReports reports;

    @Inject
    Reproductions reproductions;

    @Inject
    ServiceRecords records;

    @Inject
    ServiceRecordVersions versions;

    @Inject
    ReviewedSla slas;

    @Inject
    RunAs runAs;

    @AfterEach
    void signOut() throws Exception {
        runAs.nobody();
    }

    /** UTC, P1 resolved within 4 h in at least 90 %: two tickets resolved in 2 and 3 hours. */
    private record Reported(ReviewedSla.Setup sla, ServiceDataRows rows, String slowLater, PeriodReport report) {}

    private Reported reportOfTwoTicketsWithin() throws Exception {
        ReviewedSla.Setup sla = slas.resolutionSla();
        runAs.user(DemoUsers.SLAMAN);
        ServiceDataRows rows = new ServiceDataRows(records, ZoneOffset.UTC, sla);
        rows.ticket("INCIDENT", "P1", null, "2026-03-02T08:00", null, "2026-03-02T10:00");
        String second = rows.ticket("INCIDENT", "P1", null, "2026-03-03T08:00", null, "2026-03-03T11:00");
        PeriodReport report = measurements.review(sla.agreementId(), MARCH);
        assertResolution(report.getTargets().get(0), 2, 2, "100", TargetOutcome.MET);
        return new Reported(sla, rows, second, report);
    }

    private static void assertResolution(
            TargetResult target, long counted, long within, String attained, TargetOutcome outcome) {
        assertTarget(target, "Resolution P1", counted, within, attained, outcome);
    }

    private static void assertTarget(
            TargetResult target, String name, long counted, long within, String attained, TargetOutcome outcome) {
        assertThat(target.getName()).isEqualTo(name);
        assertThat(target.getCounted()).isEqualTo(counted);
        assertThat(target.getWithinTarget()).isEqualTo(within);
        assertThat(target.getAttained()).isEqualByComparingTo(attained);
        assertThat(target.getOutcome()).isEqualTo(outcome);
    }

    @Test
    @DisplayName(
            "X-1, SLM-6: a ticket delivered again after the report does not change its reproduction (identical), though"
                    + " a fresh run of the month over today's data differs; the reproduction names the later delivery and what it changed")
    void reproductionIgnoresLaterDeliveries() throws Exception {
        Reported reported = reportOfTwoTicketsWithin();
        // the service desk corrects the second ticket: resolved at 20:00, 12 hours after it opened
        reported.rows()
                .ticketAgain(
                        reported.slowLater(), "INCIDENT", "P1", null, "2026-03-03T08:00", null, "2026-03-03T20:00");
        ReviewedSla.Setup twin = slas.resolutionTwin(reported.sla());
        runAs.user(DemoUsers.SLAMAN);
        PeriodReport fresh = measurements.review(twin.agreementId(), MARCH);
        assertResolution(fresh.getTargets().get(0), 2, 1, "50", TargetOutcome.MISSED);

        runAs.user(DemoUsers.AUDITOR);
        Reproduction reproduction = reproductions.reproduce(reported.report().getId());

        assertThat(reproduction.outcome()).isEqualTo(Reproduction.Outcome.IDENTICAL);
        assertThat(reproduction.differences()).isEmpty();
        assertThat(reproduction.asOf()).isEqualTo(reported.report().getCreatedAt());
        assertThat(reproduction.laterDeliveries())
                .extracting(
                        Delivery::kind,
                        Delivery::externalId,
                        Delivery::version,
                        Delivery::receivedBy,
                        Delivery::channel,
                        Delivery::changed)
                .containsExactly(tuple(
                        RecordKind.TICKETS,
                        reported.slowLater(),
                        2L,
                        DemoUsers.SLAMAN,
                        Channel.REST,
                        List.of("resolved")));
        assertThat(reproduction.laterDeliveries().get(0).receivedAt())
                .isAfter(reported.report().getCreatedAt());
        // the stored report is unchanged, and reproducing stored nothing
        assertResolution(reports.find(reported.report().getId()).getTargets().get(0), 2, 2, "100", TargetOutcome.MET);
        assertThat(reports.ofAgreement(reported.sla().agreementId())).hasSize(1);
    }

    @Test
    @DisplayName(
            "X-1, SLM-9: a report of an earlier agreed version is reproduced by that version's scope: a service the"
                    + " next agreed version no longer covers still counts in it (identical), though the new version leaves it out")
    void reportOfAnEarlierVersionIsReproducedByItsScope() throws Exception {
        List<ReviewedSla.Setup> sla = slas.resolutionSlaOnTwoServices();
        runAs.user(DemoUsers.SLAMAN);
        ServiceDataRows helpdesk = new ServiceDataRows(records, ZoneOffset.UTC, sla.get(0));
        ServiceDataRows serviceDesk = new ServiceDataRows(records, ZoneOffset.UTC, sla.get(1));
        for (String month : List.of("2026-03", "2026-04")) {
            helpdesk.ticket("INCIDENT", "P1", null, month + "-02T08:00", null, month + "-02T10:00");
            // resolved in 12 hours: missed, on the service version 2 no longer covers
            serviceDesk.ticket("INCIDENT", "P1", null, month + "-03T08:00", null, month + "-03T20:00");
        }
        PeriodReport march = measurements.review(sla.get(0).agreementId(), MARCH);
        assertThat(march.getAgreedVersion()).isEqualTo(1);
        assertResolution(march.getTargets().get(0), 2, 1, "50", TargetOutcome.MISSED);

        slas.reviseWithout(sla.get(0), sla.get(1));
        slas.agreeRevision(sla.get(0));
        runAs.user(DemoUsers.SLAMAN);
        PeriodReport april = measurements.review(sla.get(0).agreementId(), Period.of(2026, 4));
        assertThat(april.getAgreedVersion()).isEqualTo(2);
        assertResolution(april.getTargets().get(0), 1, 1, "100", TargetOutcome.MET);

        runAs.user(DemoUsers.AUDITOR);
        Reproduction reproduction = reproductions.reproduce(march.getId());

        assertThat(reproduction.outcome()).isEqualTo(Reproduction.Outcome.IDENTICAL);
        assertThat(reproduction.reasonKey()).isNull();
        assertThat(reproduction.differences()).isEmpty();
        assertThat(reproduction.laterDeliveries()).isEmpty();
        assertResolution(reports.find(march.getId()).getTargets().get(0), 2, 1, "50", TargetOutcome.MISSED);
    }

    @Test
    @DisplayName(
            "X-1, SLM-6: a calendar changed after the report does not change its reproduction (identical): the month"
                    + " is measured again by the calendar as it stood then, though the next month is measured by the new one")
    void reproductionMeasuresTheCalendarsAsTheyWere() throws Exception {
        ReviewedSla.Setup sla = slas.officeResolutionSla();
        runAs.user(DemoUsers.SLAMAN);
        ServiceDataRows rows = new ServiceDataRows(records, ZoneId.of("Asia/Jakarta"), sla);
        // opened on a Monday at 08:00, resolved on Tuesday at 12:00: 9 + 4 business hours of 08–17, over the 9 allowed
        rows.ticket("INCIDENT", "P2", null, "2026-03-02T08:00", null, "2026-03-03T12:00");
        rows.ticket("INCIDENT", "P2", null, "2026-04-06T08:00", null, "2026-04-07T12:00");
        PeriodReport march = measurements.review(sla.agreementId(), MARCH);
        assertTarget(march.getTargets().get(0), "Resolution P2", 1, 0, "0", TargetOutcome.MISSED);

        // the office now opens 08–10 only: such a ticket took 2 + 2 business hours
        slas.reopen(sla, LocalTime.of(8, 0), LocalTime.of(10, 0));
        runAs.user(DemoUsers.SLAMAN);
        PeriodReport april = measurements.review(sla.agreementId(), Period.of(2026, 4));
        assertTarget(april.getTargets().get(0), "Resolution P2", 1, 1, "100", TargetOutcome.MET);

        runAs.user(DemoUsers.AUDITOR);
        Reproduction reproduction = reproductions.reproduce(march.getId());

        assertThat(reproduction.outcome()).isEqualTo(Reproduction.Outcome.IDENTICAL);
        assertThat(reproduction.differences()).isEmpty();
        assertTarget(reports.find(march.getId()).getTargets().get(0), "Resolution P2", 1, 0, "0", TargetOutcome.MISSED);
    }

    @Test
    @DisplayName(
            "X-1: every received version of a ticket is kept: who delivered it, when, through which channel, the fields it changed")
    void versionsOfATicketAreKept() throws Exception {
        Reported reported = reportOfTwoTicketsWithin();
        reported.rows()
                .ticketAgain(
                        reported.slowLater(),
                        "INCIDENT",
                        "P2",
                        "waiting",
                        "2026-03-03T08:00",
                        null,
                        "2026-03-03T20:00");

        runAs.user(DemoUsers.AUDITOR);
        List<TicketVersion> kept = records.ticketVersions(reported.slowLater());

        assertThat(kept)
                .extracting(
                        TicketVersion::getNumber,
                        TicketVersion::getReceivedBy,
                        TicketVersion::getChannel,
                        TicketVersion::getChanged)
                .containsExactly(
                        tuple(2L, DemoUsers.SLAMAN, Channel.REST, List.of("priority", "category", "resolved")),
                        tuple(1L, DemoUsers.SLAMAN, Channel.REST, List.of()));
        assertThat(kept.get(1).facts().resolved()).isEqualTo(Instant.parse("2026-03-03T11:00:00Z"));
        assertThat(kept.get(0).facts().resolved()).isEqualTo(Instant.parse("2026-03-03T20:00:00Z"));
        assertThat(kept.get(0).getReceivedAt()).isAfter(kept.get(1).getReceivedAt());
    }

    @Test
    @DisplayName("X-1, SLM-6: a report made before versions were kept is not claimed reproducible: the answer names the"
            + " moment since which data has versions")
    void reportBeforeVersionsCannotBeReproduced() throws Exception {
        Reported reported = reportOfTwoTicketsWithin();
        Instant since = versions.keptSince();
        // as if the report had been made before changelog 015 began keeping versions
        setCreatedAt(reported.report().getId(), since.minusSeconds(3600));

        runAs.user(DemoUsers.SLAMAN);
        Reproduction reproduction = reproductions.reproduce(reported.report().getId());

        assertThat(reproduction.outcome()).isEqualTo(Reproduction.Outcome.NOT_REPRODUCIBLE);
        assertThat(reproduction.reasonKey()).isEqualTo("reproduction.reason.noVersions");
        assertThat(Instant.parse(reproduction.reasonArgument())).isEqualTo(since.truncatedTo(ChronoUnit.SECONDS));
        assertThat(reproduction.differences()).isEmpty();
    }

    @Test
    @DisplayName(
            "X-1, SLM-6: a delivery stamped before the report but stored after it (the report never saw it) makes the"
                    + " reproduction differ, figure by figure, instead of claiming it identical")
    void dataTheReportDidNotSeeIsADifference() throws Exception {
        Reported reported = reportOfTwoTicketsWithin();
        reported.rows()
                .ticketAgain(
                        reported.slowLater(), "INCIDENT", "P1", null, "2026-03-03T08:00", null, "2026-03-03T20:00");
        // its transaction began before the report was made and committed after the report had read the tickets
        setReceivedAt(reported.slowLater(), 2, reported.report().getCreatedAt().minusSeconds(1));

        runAs.user(DemoUsers.SLAMAN);
        Reproduction reproduction = reproductions.reproduce(reported.report().getId());

        assertThat(reproduction.outcome()).isEqualTo(Reproduction.Outcome.DIFFERENT);
        assertThat(reproduction.differences())
                .extracting(
                        LineDifference::section,
                        LineDifference::line,
                        LineDifference::field,
                        LineDifference::stored,
                        LineDifference::recomputed)
                .containsExactly(
                        tuple(LineDifference.Section.TARGET, "Resolution P1", "withinTarget", "2", "1"),
                        tuple(LineDifference.Section.TARGET, "Resolution P1", "attained", "100", "50"),
                        tuple(LineDifference.Section.TARGET, "Resolution P1", "outcome", "MET", "MISSED"));
        assertThat(reproduction.laterDeliveries()).isEmpty();
    }

    @Test
    @DisplayName(
            "issue 11 §1: a limit's restatement is reproduced and compared: April restates March's 2 tickets as 3 and"
                    + " reproduces identical; with the late March ticket received only after April's report, the"
                    + " reproduction names the restatement as the figure that differs")
    void restatementIsReproducedAndCompared() throws Exception {
        Reported reported = reportOfTwoTicketsWithin();
        String late = reported.rows().ticket("INCIDENT", "P1", null, "2026-03-20T08:00", null, "2026-03-20T09:00");
        reported.rows().ticket("INCIDENT", "P1", null, "2026-04-02T08:00", null, "2026-04-02T09:00");
        runAs.user(DemoUsers.SLAMAN);
        PeriodReport april = measurements.review(reported.sla().agreementId(), MARCH.next());
        LimitResult tickets = april.getLimits().get(0);
        assertThat(tickets.getPreviousActual()).as("March's report").isEqualByComparingTo("2");
        assertThat(tickets.getPreviousRestated()).as("recounted").isEqualByComparingTo("3");

        runAs.user(DemoUsers.AUDITOR);
        assertThat(reproductions.reproduce(april.getId()).outcome()).isEqualTo(Reproduction.Outcome.IDENTICAL);

        setReceivedAt(late, 1, april.getCreatedAt().plusSeconds(60));
        Reproduction reproduction = reproductions.reproduce(april.getId());

        assertThat(reproduction.outcome()).isEqualTo(Reproduction.Outcome.DIFFERENT);
        assertThat(reproduction.differences())
                .extracting(
                        LineDifference::section,
                        LineDifference::line,
                        LineDifference::field,
                        LineDifference::stored,
                        LineDifference::recomputed)
                .containsExactly(tuple(LineDifference.Section.LIMIT, "Tickets", "previousRestated", "3", ""));
    }

    private static void setCreatedAt(Long reportId, Instant at) throws Exception {
        try (Connection connection =
                        InitialContext.<DataSource>doLookup("jdbc/sepakat").getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE rv_period_report SET created_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, reportId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void setReceivedAt(String ticket, long version, Instant at) throws Exception {
        try (Connection connection =
                        InitialContext.<DataSource>doLookup("jdbc/sepakat").getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE sd_ticket_version SET received_at = ?"
                        + " WHERE version_no = ? AND ticket_id = (SELECT id FROM sd_ticket WHERE external_id = ?)")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, version);
            update.setString(3, ticket);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
