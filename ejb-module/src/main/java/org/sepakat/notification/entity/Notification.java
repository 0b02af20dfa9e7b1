package org.sepakat.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message for one user: what happened (a bundle key and its arguments, worded in the reader's
 * language when shown), where to look (a link inside the application), when, and whether they
 * read it. Not a business record: it has no history of its own.
 */
@Entity
@Table(name = "nt_notification")
@NamedQuery(
        name = Notification.COUNT_UNREAD,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL")
@NamedQuery(
        name = Notification.MARK_ALL_READ,
        query = "UPDATE Notification n SET n.readAt = :at WHERE n.recipient = :recipient AND n.readAt IS NULL")
public class Notification {

    public static final String COUNT_UNREAD = "Notification.countUnread";
    public static final String MARK_ALL_READ = "Notification.markAllRead";
    /** Separates the arguments in their one column; it never occurs in text users type. */
    private static final String SEPARATOR = "\u001f";

    public static final int ARGUMENTS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sepakatIds")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 100)
    private String recipient;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "arguments", length = ARGUMENTS_MAX)
    private String arguments;

    @Column(name = "link", length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public Notification(String recipient, String messageKey, List<String> arguments, String link, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.messageKey = Objects.requireNonNull(messageKey);
        String joined = String.join(
                SEPARATOR, arguments.stream().map(a -> a == null ? "" : a).toList());
        this.arguments = joined.length() > ARGUMENTS_MAX ? joined.substring(0, ARGUMENTS_MAX) : joined;
        this.link = link;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Stored in bulk over JDBC rather than persisted: the id reserved for it. */
    public void storedAs(long reservedId) {
        if (id != null) {
            throw new IllegalStateException("notification " + id + " is stored already");
        }
        this.id = reservedId;
    }

    /** The arguments as their one column holds them. */
    public String getArgumentsColumn() {
        return arguments;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments == null || arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
