package org.sepakat.measurement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.sepakat.measurement.control.MeasurementComputation;
import org.sepakat.measurement.control.ReportBuilder;
import org.sepakat.measurement.control.ReportInserts;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.RunTrigger;
import org.sepakat.party.entity.Staff;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.persistence.InChunks;
import org.sepakat.shared.terms.AgreementIdentity;
import org.sepakat.shared.terms.MeasurableAgreement;

/**
 * Periodic service level reviews (SLM-6): computes each SLA's report for a calendar month from the
 * service data, in the database, for many SLAs at once. It measures the terms in force that
 * servicelevel publishes ({@link MeasurableAgreement}), never its entities. The batch job asks which SLAs are due and
 * reviews them range by range in its chunk's transaction; staff review a past month on demand.
 * Exactly one report per SLA and month, however many runs meet: a run first locks its SLAs' rows,
 * then skips every SLA that already has the month's report.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
public class PeriodMeasurements {

    private static final Logger LOG = Logger.getLogger(PeriodMeasurements.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    History history;

    @Inject
    MeasurementComputation computation;

    @Inject
    ReportFollowUp followUp;

    @Inject
    ReportInserts inserts;

    @Inject
    Clock clock;

    /**
     * The SLAs to review for a month, by id: in force (active or under revision of an agreed
     * version, or retired since the month began), valid during the month, and without its report.
     */
    @SuppressWarnings("unchecked")
    public List<Long> dueAgreements(@NotNull Period period) {
        List<Object> ids = em.createNativeQuery("SELECT a.id FROM sl_agreement_pub a"
                        + " WHERE (a.status IN ('ACTIVE', 'UNDER_REVIEW') AND a.agreed_version > 0"
                        + " OR a.status = 'RETIRED' AND a.changed_at >= ?)"
                        + " AND (a.valid_from IS NULL OR a.valid_from < ?) AND (a.valid_to IS NULL OR a.valid_to >= ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM rv_period_report r WHERE r.agreement_id = a.id AND r.period_start = ?)"
                        + " ORDER BY a.id")
                .setParameter(
                        1,
                        Timestamp.from(
                                period.firstDay().atStartOfDay(ZoneOffset.MAX).toInstant()))
                .setParameter(2, Date.valueOf(period.nextFirstDay()))
                .setParameter(3, Date.valueOf(period.firstDay()))
                .setParameter(4, Date.valueOf(period.firstDay()))
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Computes and stores the month's report of each of these SLAs that has none yet and whose month
     * has ended in its zone, in the caller's transaction; returns how many were stored.
     */
    public int reviewRange(@NotNull List<Long> agreementIds, @NotNull Period period, @NotNull RunTrigger trigger) {
        List<Long> ids = agreementIds.stream()
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        if (ids.isEmpty()) {
            return 0;
        }
        long startedAt = System.nanoTime();
        agreements.lockForReview(ids);
        Set<Long> reported = reported(ids, period);
        List<MeasurableAgreement> open =
                agreements
                        .inForce(
                                ids.stream()
                                        .filter(id -> !reported.contains(id))
                                        .toList(),
                                period)
                        .stream()
                        .filter(agreement -> ended(agreement, period))
                        .toList();
        if (open.isEmpty()) {
            return 0;
        }
        Map<Long, ReportBuilder.Results> results = computation.compute(open, period);
        long measuredAt = System.nanoTime();
        Map<Long, Staff> managers = followUp.managers(open);
        Map<Long, Map<LocalDate, Long>> previous = previousReports(open, period);
        List<PeriodReport> reports = new ArrayList<>();
        String user = history.currentUser();
        Instant now = clock.instant();
        for (MeasurableAgreement agreement : open) {
            ReportBuilder.Results result = results.get(agreement.id());
            AgreementIdentity identity = agreement.identity();
            reports.add(new PeriodReport(
                    identity.id(),
                    identity.reference(),
                    identity.title(),
                    identity.version(),
                    agreement.scope().customerId(),
                    agreement.scope().customerCode(),
                    period,
                    agreement.timeZone(),
                    trigger,
                    result.targets(),
                    result.limits(),
                    result.exclusions()));
            reports.get(reports.size() - 1).stampCreated(user, now);
        }
        inserts.insert(reports);
        history.createdAll(reports);
        followUp.followUp(open, reports, managers, previous);
        long storedAt = System.nanoTime();
        LOG.info(() -> "Reviewed " + open.size() + " SLAs for " + period + " (" + trigger + ") in "
                + millis(startedAt, storedAt) + " ms: measured in " + millis(startedAt, measuredAt) + " ms, stored in "
                + millis(measuredAt, storedAt) + " ms");
        return open.size();
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    /**
     * SLM-6: a past month of one SLA on demand. Its existing report is returned as it is; a month
     * that has not ended yet in the SLA's zone is refused, and so is a month the SLA is not in force
     * (never agreed, before its first version takes effect, outside its validity).
     */
    public PeriodReport review(@NotNull Long agreementId, @NotNull Period period) {
        return reviewOnDemand(agreementId, period).report();
    }

    /**
     * A month's report on demand and whether this call computed it: of concurrent calls for the same
     * SLA and month exactly one computes (it holds the SLA's row lock while storing), every other
     * returns the stored report with {@code computed} false.
     */
    public OnDemand reviewOnDemand(@NotNull Long agreementId, @NotNull Period period) {
        Optional<PeriodReport> existing = report(agreementId, period);
        // the month is measured by the version in force in it, and ends in the zone of its terms
        Optional<MeasurableAgreement> inForce =
                agreements.inForce(List.of(agreementId), period).stream().findFirst();
        if (inForce.isEmpty()) {
            if (existing.isPresent()) {
                return new OnDemand(existing.get(), false);
            }
            agreements.requireInForce(agreementId, period);
            throw new RecordNotFound("ServiceLevelAgreement", agreementId);
        }
        MeasurableAgreement measured = inForce.get();
        if (!ended(measured, period)) {
            throw new RuleViolation(
                    "SLM-6", "error.review.periodNotEnded", measured.identity().reference(), period.toString());
        }
        if (existing.isPresent()) {
            return new OnDemand(existing.get(), false);
        }
        boolean computed = reviewRange(List.of(agreementId), period, RunTrigger.ON_DEMAND) > 0;
        return new OnDemand(report(agreementId, period).orElseThrow(), computed);
    }

    /** A report asked for on demand; {@code computed}: this call computed and stored it. */
    public record OnDemand(PeriodReport report, boolean computed) {}

    private Optional<PeriodReport> report(Long agreementId, Period period) {
        return em.createNamedQuery(PeriodReport.FIND_BY_AGREEMENT_PERIOD, PeriodReport.class)
                .setParameter("agreementId", agreementId)
                .setParameter("period", period)
                .getResultStream()
                .findFirst();
    }

    private boolean ended(MeasurableAgreement agreement, Period period) {
        ZoneId zone = agreement.zone();
        return !clock.instant()
                .isBefore(period.nextFirstDay().atStartOfDay(zone).toInstant());
    }

    @SuppressWarnings("unchecked")
    private Set<Long> reported(List<Long> ids, Period period) {
        Set<Long> reported = new HashSet<>();
        InChunks.each(ids, part -> {
            var select = em.createNativeQuery("SELECT agreement_id FROM rv_period_report WHERE period_start = ?"
                            + " AND agreement_id IN (" + placeholders(part.size()) + ")")
                    .setParameter(1, Date.valueOf(period.firstDay()));
            for (int i = 0; i < part.size(); i++) {
                select.setParameter(i + 2, part.get(i));
            }
            ((List<Object>) select.getResultList()).forEach(id -> reported.add(((Number) id).longValue()));
        });
        return reported;
    }

    /**
     * The ids of each of these SLAs' reports of the month before and of the quarter before's last month, by SLA
     * id and then by period start: the previous period of a monthly line and of a quarterly one (a line's
     * previous period ends the month before its measured span starts).
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Map<LocalDate, Long>> previousReports(List<MeasurableAgreement> open, Period period) {
        Map<Long, Map<LocalDate, Long>> previous = new HashMap<>();
        InChunks.each(open.stream().map(MeasurableAgreement::id).toList(), part -> {
            var select = em.createNativeQuery("SELECT agreement_id, period_start, id FROM rv_period_report"
                            + " WHERE period_start IN (?, ?) AND agreement_id IN (" + placeholders(part.size()) + ")")
                    .setParameter(1, Date.valueOf(period.minusMonths(1).firstDay()))
                    .setParameter(2, Date.valueOf(period.minusMonths(3).firstDay()));
            for (int i = 0; i < part.size(); i++) {
                select.setParameter(i + 3, part.get(i));
            }
            ((List<Object[]>) select.getResultList())
                    .forEach(row -> previous.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                            .put(day(row[1]), ((Number) row[2]).longValue()));
        });
        return previous;
    }

    /** A DATE column's value as the driver hands it (java.sql.Date, or LocalDate). */
    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
