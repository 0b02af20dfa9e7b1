package org.sepakat.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
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
@NamedQuery(
        name = Notification.FIND_OPEN_GROUPS,
        query = "SELECT n FROM Notification n WHERE n.recipient IN :recipients AND n.groupKey IN :groupKeys"
                + " AND n.readAt IS NULL ORDER BY n.id DESC")
@NamedQuery(name = Notification.TOLD_ONCE, query = "SELECT n.onceKey FROM Notification n WHERE n.onceKey IN :keys")
@NamedQuery(
        name = Notification.DIGEST_RECIPIENTS,
        query = "SELECT DISTINCT n.recipient FROM Notification n WHERE n.delivery = :delivery AND n.digestId IS NULL")
@NamedQuery(
        name = Notification.CLAIM_DIGEST,
        query = "UPDATE Notification n SET n.digestId = :claim WHERE n.recipient = :recipient"
                + " AND n.delivery = :delivery AND n.digestId IS NULL")
@NamedQuery(
        name = Notification.FIND_DIGEST,
        query = "SELECT n FROM Notification n WHERE n.digestId = :claim AND n.readAt IS NULL ORDER BY n.createdAt")
public class Notification {

    public static final String FIND_OPEN_GROUPS = "Notification.findOpenGroups";
    public static final String TOLD_ONCE = "Notification.toldOnce";
    public static final String DIGEST_RECIPIENTS = "Notification.digestRecipients";
    public static final String CLAIM_DIGEST = "Notification.claimDigest";
    public static final String FIND_DIGEST = "Notification.findDigest";

    public static final String COUNT_UNREAD = "Notification.countUnread";
    public static final String MARK_ALL_READ = "Notification.markAllRead";
    /** Separates the arguments in their one column; it never occurs in text users type. */
    private static final String SEPARATOR = "\u001f";
    /** Ends a group's list that holds more items than its column. */
    private static final String MORE = "…";

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

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40)
    private NotificationKind kind;

    @Column(name = "group_key", length = 200)
    private String groupKey;

    @Column(name = "group_items", length = ARGUMENTS_MAX)
    private String groupItems;

    @Column(name = "group_count")
    private Integer groupCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", length = 10)
    private Delivery delivery;

    @Column(name = "digest_id")
    private Long digestId;

    @Column(name = "once_key", length = Notice.ONCE_KEY_MAX)
    private String onceKey;

    protected Notification() {}

    public Notification(String recipient, String messageKey, List<String> arguments, String link, Instant createdAt) {
        this(new Notice(recipient, messageKey, arguments, link), Delivery.IN_APP, createdAt);
    }

    /** The notification a notice makes, delivered as its recipient chose. */
    public Notification(Notice notice, Delivery delivery, Instant createdAt) {
        this.recipient = Objects.requireNonNull(notice.recipient());
        this.messageKey = Objects.requireNonNull(notice.messageKey());
        this.arguments = joined(notice.arguments());
        this.link = notice.linkFor(notice.items().size());
        this.createdAt = Objects.requireNonNull(createdAt);
        this.kind = notice.kind();
        this.groupKey = notice.groupKey();
        if (notice.groupKey() != null) {
            this.groupItems = fitted(notice.items());
            this.groupCount = notice.items().size();
        }
        this.delivery = Objects.requireNonNull(delivery);
        this.onceKey = notice.onceKey();
    }

    private static String joined(List<String> values) {
        String joined = String.join(
                SEPARATOR, values.stream().map(a -> a == null ? "" : a).toList());
        return joined.length() > ARGUMENTS_MAX ? joined.substring(0, ARGUMENTS_MAX) : joined;
    }

    /** As many items as the column holds, then an ellipsis: the count stays exact, the list shows the first ones. */
    private static String fitted(List<String> items) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String item : items) {
            length += item.length() + SEPARATOR.length();
            if (length > ARGUMENTS_MAX - 2) {
                kept.add(MORE);
                break;
            }
            kept.add(item);
        }
        return joined(kept);
    }

    private static List<String> split(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(SEPARATOR, -1));
    }

    /**
     * A later notice of the same group joins this unread one: its items are added (each once), its
     * link and time replace the old ones, so the bell shows one notice per group however many SLAs.
     */
    public void regroup(Notice notice, Instant at) {
        if (groupKey == null || !groupKey.equals(notice.groupKey()) || readAt != null) {
            throw new IllegalStateException(
                    "notification " + id + " is not the open one of group " + notice.groupKey());
        }
        List<String> items = new ArrayList<>(getItems());
        items.remove(MORE);
        List<String> added =
                notice.items().stream().filter(item -> !items.contains(item)).toList();
        items.addAll(added);
        this.groupItems = fitted(items);
        this.groupCount = (groupCount == null ? 0 : groupCount) + added.size();
        this.arguments = joined(notice.arguments());
        this.link = notice.linkFor(items.size());
        this.createdAt = at;
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

    /** The message's arguments; a grouped notification's end with the number of its items and their list. */
    public List<String> getArguments() {
        List<String> stored = split(arguments);
        if (groupKey == null) {
            return stored;
        }
        List<String> all = new ArrayList<>(stored);
        all.add(String.valueOf(groupCount == null ? getItems().size() : groupCount));
        all.add(String.join("; ", getItems()));
        return all;
    }

    /** What a grouped notification lists (e.g. one SLA of a review run each). */
    public List<String> getItems() {
        return split(groupItems);
    }

    public NotificationKind getKind() {
        return kind == null ? NotificationKind.GENERAL : kind;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public String getGroupItemsColumn() {
        return groupItems;
    }

    /** The key a notice told once is known by, or null. */
    public String getOnceKey() {
        return onceKey;
    }

    public Integer getGroupCount() {
        return groupCount;
    }

    public Delivery getDelivery() {
        return delivery == null ? Delivery.IN_APP : delivery;
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
