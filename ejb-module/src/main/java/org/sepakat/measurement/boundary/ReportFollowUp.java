package org.sepakat.measurement.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementRequest;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.measurement.entity.LimitOutcome;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.measurement.entity.TargetResult;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Notice;
import org.sepakat.notification.entity.NotificationKind;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.terms.AgreementIdentity;
import org.sepakat.shared.terms.MeasurableAgreement;

/**
 * SLM-8: each missed target and each exceeded workload limit raises an improvement opportunity about
 * that line of the report (a repeat in the line's next period is recorded on the open one: README, "How a
 * period is measured"), owned by
 * the SLA's provider signatory (its service level manager), else by its author, and tells that
 * manager in the application and by e-mail. For all reports of a run at once, in its transaction:
 * the reports, their improvements and the notifications are stored together or not at all.
 */
@Dependent
public class ReportFollowUp {

    private static final Logger LOG = Logger.getLogger(ReportFollowUp.class.getName());
    static final int DUE_DAYS = 30;
    static final String REVIEW_MISSES = "notification.reviewMisses";
    private static final int TEXT_MAX = ImprovementOpportunity.TEXT_MAX;
    private static final int TITLE_MAX = 200;

    @Inject
    Improvements improvements;

    @Inject
    Notifications notifications;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    /**
     * The service level manager of each SLA, by SLA id, when staff know them; asked before the
     * reports are stored, so that the run's queries come before its writes.
     */
    public Map<Long, Staff> managers(List<MeasurableAgreement> agreements) {
        Map<String, Optional<Staff>> known = new HashMap<>();
        Map<Long, Staff> managers = new HashMap<>();
        for (MeasurableAgreement agreement : agreements) {
            AgreementIdentity sla = agreement.identity();
            Stream.of(sla.signatory(), sla.author())
                    .filter(user -> user != null)
                    .map(user -> known.computeIfAbsent(user, staff::byUsername))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(manager -> managers.put(sla.id(), manager));
        }
        return managers;
    }

    /**
     * Raises what the stored reports call for and notifies their managers; {@code agreements} in the reports' order,
     * {@code previous}: the ids of each SLA's earlier reports by period start (at least those of the month before and
     * of the quarter before's last month), where there are some.
     */
    public void followUp(
            List<MeasurableAgreement> agreements,
            List<PeriodReport> reports,
            Map<Long, Staff> managers,
            Map<Long, Map<LocalDate, Long>> previous) {
        LocalDate due = LocalDate.now(clock).plusDays(DUE_DAYS);
        List<ImprovementRequest> requests = new ArrayList<>();
        Map<String, List<PeriodReport>> missedBy = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            PeriodReport report = reports.get(i);
            if (!report.hasMisses()) {
                continue;
            }
            AgreementIdentity sla = agreements.get(i).identity();
            Staff manager = managers.get(sla.id());
            String recipient = manager != null ? manager.getUsername() : sla.signatory();
            if (manager == null) {
                LOG.warning(() -> "No staff member owns SLA " + sla.reference() + "; no improvement raised for "
                        + report.auditKey());
            } else {
                requests.addAll(improvements(
                        report,
                        manager.getUsername(),
                        manager.getUiLocale(),
                        due,
                        previous.getOrDefault(sla.id(), Map.of())));
            }
            if (recipient == null) {
                continue;
            }
            missedBy.computeIfAbsent(recipient, r -> new ArrayList<>()).add(report);
        }
        List<Notice> notices = new ArrayList<>();
        missedBy.forEach((recipient, missed) -> notices.add(notice(recipient, missed)));
        // notices first: their ids are reserved in a transaction of their own, which would wait for the JPA id
        // generator's row if raising improvements had taken it in this one
        notifications.notifyAll(notices);
        improvements.raiseAll(requests);
    }

    /**
     * One notice per review run and recipient, listing each SLA with what it missed: the chunks of one
     * run (the same month and trigger) join the recipient's unread notice of that run. It links to the
     * report when it names one SLA, else to the month's reports.
     */
    static Notice notice(String recipient, List<PeriodReport> missed) {
        PeriodReport first = missed.get(0);
        String month = first.getPeriodLabel();
        return Notice.grouped(
                recipient,
                NotificationKind.REVIEW_MISSES,
                REVIEW_MISSES,
                List.of(month),
                "/reports/view.xhtml?id=" + first.getId(),
                "review:" + month + ":" + first.getTriggeredBy(),
                "/reports/list.xhtml?from=" + month + "&to=" + month,
                missed.stream()
                        .map(r -> r.getAgreementReference() + " (" + String.join(", ", misses(r)) + ")")
                        .toList());
    }

    /**
     * One opportunity per missed target and per exceeded limit, linked to its line of the report; where the
     * SLA's report of the line's previous period had the same line missed or exceeded, a repeat of its open
     * opportunity (README, "How a period is measured"). {@code earlierReports}: the SLA's report ids by period
     * start; a line's previous period is the one ending the month before its span starts (the month before for a
     * monthly line, the quarter before's last month for a quarterly one).
     */
    static List<ImprovementRequest> improvements(
            PeriodReport report, String owner, String uiLocale, LocalDate due, Map<LocalDate, Long> earlierReports) {
        Locale locale = NotificationText.locale(uiLocale);
        List<ImprovementRequest> requests = new ArrayList<>();
        missedTargets(report)
                .forEach(t -> requests.add(request(
                        report,
                        owner,
                        due,
                        earlierReports.get(t.getMeasuredFrom().minusMonths(1)),
                        locale,
                        SourceKind.MISSED_TARGET,
                        "improvement.targetMissed",
                        t.getName(),
                        describe(locale, t))));
        exceededLimits(report)
                .forEach(l -> requests.add(request(
                        report,
                        owner,
                        due,
                        earlierReports.get(l.getMeasuredFrom().minusMonths(1)),
                        locale,
                        SourceKind.EXCEEDED_WORKLOAD,
                        "improvement.workloadExceeded",
                        l.getName(),
                        describe(locale, l))));
        return requests;
    }

    /** The opportunity for one line of the report, titled and introduced by the messages under {@code key}. */
    private static ImprovementRequest request(
            PeriodReport report,
            String owner,
            LocalDate due,
            Long previousReport,
            Locale locale,
            SourceKind kind,
            String key,
            String line,
            String description) {
        String reference = report.auditKey();
        String title = NotificationText.text(locale, key + ".title", List.of(reference + " · " + line));
        return new ImprovementRequest(
                ImprovementSource.ofLine(kind, reference, "PeriodReport", report.getId(), line),
                title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title,
                text(
                        NotificationText.text(locale, key + ".text", List.of(report.getPeriodLabel())),
                        List.of(description)),
                owner,
                due,
                report.getCustomerId(),
                previousReport);
    }

    /** One name per missed target or exceeded limit. */
    static List<String> misses(PeriodReport report) {
        return Stream.concat(
                        missedTargets(report).map(TargetResult::getName),
                        exceededLimits(report).map(LimitResult::getName))
                .toList();
    }

    private static Stream<TargetResult> missedTargets(PeriodReport report) {
        return report.getTargets().stream().filter(t -> t.getOutcome() == TargetOutcome.MISSED);
    }

    private static Stream<LimitResult> exceededLimits(PeriodReport report) {
        return report.getLimits().stream().filter(l -> l.getOutcome() == LimitOutcome.EXCEEDED);
    }

    static String describe(Locale locale, TargetResult target) {
        return NotificationText.text(
                locale,
                "improvement.target.line",
                List.of(
                        target.getName(),
                        target.getAttained().stripTrailingZeros().toPlainString(),
                        target.getUnit() == null ? "" : target.getUnit(),
                        NotificationText.text(locale, "improvement.comparison." + target.getComparison(), List.of()),
                        target.getThreshold().stripTrailingZeros().toPlainString()));
    }

    private static String describe(Locale locale, LimitResult limit) {
        return NotificationText.text(
                locale,
                "improvement.limit.line",
                List.of(
                        limit.getName(),
                        limit.getActual().stripTrailingZeros().toPlainString(),
                        String.valueOf(limit.getMaximum())));
    }

    private static String text(String heading, List<String> lines) {
        String text = heading + "\n- " + String.join("\n- ", lines);
        return text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
    }
}
