package org.sepakat.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An e-mail the mail server refused or could not take: to whom, about what, why, when. Kept for the administrator. */
@Entity
@Table(name = "nt_mail_error")
@NamedQuery(name = MailError.COUNT_SINCE, query = "SELECT COUNT(e) FROM MailError e WHERE e.failedAt >= :since")
public class MailError {

    public static final String COUNT_SINCE = "MailError.countSince";
    static final int SUBJECT_MAX = 300;
    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sepakatIds")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 320)
    private String recipient;

    @Column(name = "subject", length = SUBJECT_MAX)
    private String subject;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected MailError() {}

    public MailError(String recipient, String subject, String reason, Instant failedAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = clip(subject, SUBJECT_MAX);
        this.reason = clip(reason, REASON_MAX);
        this.failedAt = Objects.requireNonNull(failedAt);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getReason() {
        return reason;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
