package org.sepakat.notification.entity;

import java.util.Arrays;
import java.util.List;

/**
 * What a notification is about; each user chooses per kind how it reaches them ({@link Delivery}).
 * Later areas add their kinds here, with a label in the web bundles ({@code notificationKind.<NAME>}).
 */
public enum NotificationKind {
    /** A review run found missed targets or exceeded workload limits (SLM-6, SLM-8). */
    REVIEW_MISSES(true),
    /** An improvement opportunity became the recipient's. */
    IMPROVEMENT_ASSIGNED(true),
    /** An improvement opportunity the recipient owns is still open after its due date. */
    IMPROVEMENT_OVERDUE(true),
    /** An SLA the recipient signed or wrote is due for review or ends soon (SLM-9). */
    SLA_DUE(true),
    /** A contract the recipient manages has a notice (or express renewal) deadline coming (issue 13 §2, SUP-10). */
    CONTRACT_NOTICE_DUE(true),
    /** A contract the recipient manages expires soon (issue 13 §2, SUP-10). */
    CONTRACT_EXPIRY_DUE(true),
    /** Anything no kind names yet: delivered by the default, not offered as a choice until a process sends it. */
    GENERAL(false);

    private final boolean choosable;

    NotificationKind(boolean choosable) {
        this.choosable = choosable;
    }

    /** The kinds a user is offered a choice for: those some process sends. */
    public static List<NotificationKind> choosable() {
        return Arrays.stream(values()).filter(k -> k.choosable).toList();
    }
}
