package org.sepakat.notification.entity;

/**
 * What a notification is about; each user chooses per kind how it reaches them ({@link Delivery}).
 * Later areas add their kinds here, with a label in the web bundles ({@code notificationKind.<NAME>}).
 */
public enum NotificationKind {
    /** A review run found missed targets or exceeded workload limits (SLM-6, SLM-8). */
    REVIEW_MISSES,
    /** Anything else the application tells a user. */
    GENERAL
}
