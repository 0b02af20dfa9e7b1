package org.sepakat.servicelevel.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sepakat.notification.entity.Notice;
import org.sepakat.notification.entity.NotificationKind;

/**
 * What an SLA in force tells the person who signed it for the provider (else its author), issue 12 §2: that its
 * review date is near or past, and that its validity ends soon; each once per SLA and date, linked to the SLA.
 */
public final class AgreementNotices {

    public static final String REVIEW_DUE = "notification.slaReviewDue";
    public static final String ENDING = "notification.slaEnding";

    /** An SLA in force with its dates and who is told about it. */
    public record DueAgreement(
            long id, String reference, String title, String recipient, LocalDate nextReviewOn, LocalDate validTo) {}

    private AgreementNotices() {}

    /**
     * @param reviewDays how many days before its review date an SLA is due
     * @param endingDays how many days before its last valid day an SLA is ending
     */
    public static List<Notice> due(DueAgreement sla, LocalDate today, int reviewDays, int endingDays) {
        List<Notice> notices = new ArrayList<>();
        if (sla.recipient() == null) {
            return notices;
        }
        if (sla.nextReviewOn() != null && !sla.nextReviewOn().isAfter(today.plusDays(reviewDays))) {
            notices.add(notice(sla, REVIEW_DUE, sla.nextReviewOn(), "sla-review:"));
        }
        if (sla.validTo() != null
                && !sla.validTo().isBefore(today)
                && !sla.validTo().isAfter(today.plusDays(endingDays))) {
            notices.add(notice(sla, ENDING, sla.validTo(), "sla-ending:"));
        }
        return notices;
    }

    private static Notice notice(DueAgreement sla, String messageKey, LocalDate date, String keyPrefix) {
        return Notice.once(
                sla.recipient(),
                NotificationKind.SLA_DUE,
                messageKey,
                List.of(sla.reference(), sla.title(), date.toString()),
                "/slas/edit.xhtml?id=" + sla.id(),
                keyPrefix + sla.id() + ":" + date);
    }
}
