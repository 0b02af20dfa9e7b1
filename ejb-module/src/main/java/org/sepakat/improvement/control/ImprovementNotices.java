package org.sepakat.improvement.control;

import java.time.LocalDate;
import java.util.List;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.notification.entity.Notice;
import org.sepakat.notification.entity.NotificationKind;

/**
 * What the improvement register tells an opportunity's owner (issue 12 §2): that it became theirs, and that it
 * is overdue. Each is told once per key, however often it is asked and on however many servers, and links to
 * the opportunity.
 */
public final class ImprovementNotices {

    public static final String ASSIGNED = "notification.improvementAssigned";
    public static final String OVERDUE = "notification.improvementOverdue";

    private ImprovementNotices() {}

    /**
     * The new owner is told, unless they made the change themselves; once per opportunity and owner, so a save
     * that keeps the owner tells nobody.
     */
    public static List<Notice> assigned(ImprovementOpportunity opportunity, String previousOwner, String actor) {
        String owner = opportunity.getOwner();
        if (owner.equals(previousOwner) || owner.equals(actor)) {
            return List.of();
        }
        return List.of(Notice.once(
                owner,
                NotificationKind.IMPROVEMENT_ASSIGNED,
                ASSIGNED,
                arguments(opportunity),
                link(opportunity),
                "improvement-assigned:" + opportunity.getId() + ":" + owner));
    }

    /** The owner of an opportunity still open after its due date, once per opportunity and due date. */
    public static List<Notice> overdue(ImprovementOpportunity opportunity, LocalDate today) {
        if (!opportunity.isOverdue(today)) {
            return List.of();
        }
        return List.of(Notice.once(
                opportunity.getOwner(),
                NotificationKind.IMPROVEMENT_OVERDUE,
                OVERDUE,
                arguments(opportunity),
                link(opportunity),
                "improvement-overdue:" + opportunity.getId() + ":" + opportunity.getDueOn()));
    }

    private static List<String> arguments(ImprovementOpportunity opportunity) {
        return List.of(
                opportunity.getNumber(),
                opportunity.getTitle(),
                opportunity.getDueOn().toString());
    }

    private static String link(ImprovementOpportunity opportunity) {
        return "/improvements/view.xhtml?id=" + opportunity.getId();
    }
}
