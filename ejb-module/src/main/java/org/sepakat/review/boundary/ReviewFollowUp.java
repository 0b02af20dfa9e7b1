package org.sepakat.review.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.review.entity.LimitOutcome;
import org.sepakat.review.entity.LimitResult;
import org.sepakat.review.entity.PeriodReport;
import org.sepakat.review.entity.TargetOutcome;
import org.sepakat.review.entity.TargetResult;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;

/**
 * SLM-8: a missed target or an exceeded workload limit raises an improvement opportunity, owned by
 * the SLA's provider signatory (its service level manager), else by its author.
 */
@Dependent
public class ReviewFollowUp {

    private static final Logger LOG = Logger.getLogger(ReviewFollowUp.class.getName());
    static final int DUE_DAYS = 30;
    private static final int TEXT_MAX = ImprovementOpportunity.TEXT_MAX;

    @Inject
    Improvements improvements;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    /**
     * Raises what the report calls for; returns the SLA's service level manager. {@code knownStaff}
     * remembers, for one run, which user names are staff.
     */
    public String raiseImprovements(ServiceLevelAgreement sla, PeriodReport report, Map<String, Boolean> knownStaff) {
        String manager = Stream.of(sla.getProviderApprover(), sla.getCreatedBy())
                .filter(user -> user != null && knownStaff.computeIfAbsent(user, u -> staff.byUsername(u).isPresent()))
                .findFirst().orElse(null);
        List<String> missed = report.getTargets().stream().filter(t -> t.getOutcome() == TargetOutcome.MISSED)
                .map(ReviewFollowUp::describe).toList();
        List<String> exceeded = report.getLimits().stream().filter(l -> l.getOutcome() == LimitOutcome.EXCEEDED)
                .map(ReviewFollowUp::describe).toList();
        if (manager == null && (!missed.isEmpty() || !exceeded.isEmpty())) {
            LOG.warning(() -> "No staff member owns SLA " + sla.getReference() + "; no improvement raised for "
                    + report.auditKey());
            return sla.getProviderApprover();
        }
        String reference = report.auditKey();
        LocalDate due = LocalDate.now(clock).plusDays(DUE_DAYS);
        if (!missed.isEmpty()) {
            improvements.raise(ImprovementSource.of(SourceKind.MISSED_TARGET, reference, "PeriodReport", report.getId()),
                    "Target missed: " + reference, text("Missed in " + report.getPeriodLabel(), missed), manager, due);
        }
        if (!exceeded.isEmpty()) {
            improvements.raise(ImprovementSource.of(SourceKind.EXCEEDED_WORKLOAD, reference, "PeriodReport",
                    report.getId()), "Workload limit exceeded: " + reference,
                    text("Exceeded in " + report.getPeriodLabel(), exceeded), manager, due);
        }
        return manager;
    }

    /** One name per missed target or exceeded limit. */
    public List<String> misses(PeriodReport report) {
        List<String> misses = new ArrayList<>();
        report.getTargets().stream().filter(t -> t.getOutcome() == TargetOutcome.MISSED).forEach(t -> misses.add(t.getName()));
        report.getLimits().stream().filter(l -> l.getOutcome() == LimitOutcome.EXCEEDED).forEach(l -> misses.add(l.getName()));
        return misses;
    }

    private static String describe(TargetResult target) {
        return target.getName() + ": " + target.getAttained().stripTrailingZeros().toPlainString() + " "
                + (target.getUnit() == null ? "" : target.getUnit()) + " against " + target.getComparison() + " "
                + target.getThreshold().stripTrailingZeros().toPlainString();
    }

    private static String describe(LimitResult limit) {
        return limit.getName() + ": " + limit.getActual().stripTrailingZeros().toPlainString() + " of at most "
                + limit.getMaximum();
    }

    private static String text(String heading, List<String> lines) {
        String text = heading + ":\n- " + String.join("\n- ", lines);
        return text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
    }
}
