package org.sepakat.measurement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.sepakat.measurement.control.MeasurementComputation;
import org.sepakat.measurement.control.ReportBuilder;
import org.sepakat.measurement.control.ReportComparison;
import org.sepakat.measurement.entity.LineDifference;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.Reproduction;
import org.sepakat.servicedata.boundary.ServiceRecordVersions;
import org.sepakat.servicedata.entity.Delivery;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.servicedata.entity.RecordScope;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.ScopedService;

/**
 * Reproduces a stored period report (X-1, SLM-6): computes it again with the same engine, by the
 * terms of the report's agreed version (its covered services and excluded categories too, whatever
 * later versions changed) and its calendars as they stood when the report was made, from the
 * service records as they stood then (the versions received up to that instant), and compares it
 * line by line with what was stored. Nothing is stored: the run's working rows go with its transaction, which is rolled back.
 * Whoever may read the report may reproduce it.
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class Reproductions {

    private static final Logger LOG = Logger.getLogger(Reproductions.class.getName());
    /** How far before the report's month the records it rests on may lie: a quarter and the period before it. */
    private static final int MONTHS_BEFORE = 5;

    @Inject
    PeriodReports reports;

    @Inject
    ReportTerms terms;

    @Inject
    ServiceRecordVersions versions;

    @Inject
    MeasurementComputation computation;

    @Resource
    SessionContext context;

    public Reproduction reproduce(Long reportId) {
        PeriodReport report = reports.find(reportId);
        Instant asOf = report.getCreatedAt();
        Instant keptSince = versions.keptSince();
        if (asOf.isBefore(keptSince)) {
            return Reproduction.impossible(
                    report.getId(),
                    asOf,
                    "reproduction.reason.noVersions",
                    DateTimeFormatter.ISO_INSTANT.format(keptSince.truncatedTo(ChronoUnit.SECONDS)));
        }
        Optional<MeasurableAgreement> agreed = terms.agreed(report.getAgreementId(), report.getAgreedVersion(), asOf);
        if (agreed.isEmpty()) {
            return Reproduction.impossible(
                    report.getId(), asOf, "reproduction.reason.termsLost", String.valueOf(report.getAgreedVersion()));
        }
        MeasurableAgreement sla = agreed.get();
        ReportBuilder.Results again =
                computation.compute(List.of(sla), report.getPeriod(), asOf).get(sla.id());
        List<Delivery> later = versions.receivedAfter(asOf, scope(report, sla));
        List<LineDifference> differences =
                ReportComparison.compare(report.getTargets(), report.getLimits(), report.getExclusions(), again)
                        .stream()
                        .map(d -> d.with(later.stream()
                                .filter(x -> x.kind() == kindOf(report, d))
                                .toList()))
                        .toList();
        Reproduction reproduction = Reproduction.of(report.getId(), asOf, differences, later);
        // the run's working rows are deleted anyway; rolling back keeps anything else from staying
        context.setRollbackOnly();
        LOG.info(() -> "Report " + report.auditKey() + " reproduced as of " + asOf + ": " + reproduction.outcome()
                + " (" + differences.size() + " differences, " + later.size() + " later deliveries)");
        return reproduction;
    }

    /** What the line of a difference counts: its target's or limit's metric, or its exclusion's reason. */
    private static RecordKind kindOf(PeriodReport report, LineDifference difference) {
        String metric = switch (difference.section()) {
            case TARGET ->
                report.getTargets().stream()
                        .filter(t -> t.getName().equals(difference.line()))
                        .map(t -> t.getMetric())
                        .findFirst()
                        .orElse("");
            case LIMIT ->
                report.getLimits().stream()
                        .filter(l -> l.getName().equals(difference.line()))
                        .map(l -> l.getMetric())
                        .findFirst()
                        .orElse("");
            case EXCLUSION ->
                difference.line().split(" / ").length > 1 ? difference.line().split(" / ")[1] : "";
        };
        return ReportComparison.kindOf(metric);
    }

    private static RecordScope scope(PeriodReport report, MeasurableAgreement sla) {
        ZoneId zone = ZoneId.of(report.getTimeZone());
        Period first = report.getPeriod().minusMonths(MONTHS_BEFORE);
        Period after = report.getPeriod().next();
        return new RecordScope(
                report.getCustomerId(),
                sla.scope().services().stream().map(ScopedService::id).toList(),
                report.getAgreementId(),
                first.firstDay().atStartOfDay(zone).toInstant(),
                after.firstDay().atStartOfDay(zone).toInstant(),
                first,
                after);
    }
}
