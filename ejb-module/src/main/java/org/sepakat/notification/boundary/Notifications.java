package org.sepakat.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.sepakat.notification.control.NoticeGroupLocks;
import org.sepakat.notification.entity.Delivery;
import org.sepakat.notification.entity.MailRequested;
import org.sepakat.notification.entity.Notice;
import org.sepakat.notification.entity.NoticeGroup;
import org.sepakat.notification.entity.Notification;
import org.sepakat.notification.entity.NotificationKind;
import org.sepakat.notification.entity.NotificationPreference;
import org.sepakat.notification.entity.NotificationText;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.BulkInsert;
import org.sepakat.shared.persistence.BulkTable;
import org.sepakat.shared.persistence.IdBlocks;
import org.sepakat.shared.persistence.InChunks;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;

/**
 * Each user's notifications: stored for the application's bell and list, and e-mailed (after the
 * commit, in the recipient's language) when the server has a mail session. A user sees and
 * marks only their own.
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
    /** A new notification is unread. */
    private static final BulkTable NOTIFICATIONS = BulkTable.of(Notification.class, "nt_notification")
            .column("id", Types.BIGINT)
            .column("recipient", Types.VARCHAR)
            .column("message_key", Types.VARCHAR)
            .column("arguments", Types.VARCHAR)
            .column("link", Types.VARCHAR)
            .column("created_at", Types.TIMESTAMP)
            .column("kind", Types.VARCHAR)
            .column("group_key", Types.VARCHAR)
            .column("group_items", Types.VARCHAR)
            .column("group_count", Types.INTEGER)
            .column("delivery", Types.VARCHAR)
            .column("once_key", Types.VARCHAR)
            .notWritten("read_at")
            .notWritten("digest_id");

    /** Read as stored now, not as this server's cache last saw it: another server may have joined a line. */
    private static final String REFRESH = "eclipselink.refresh";
    /** Prefixes a once key's row lock, apart from the groups' ones. */
    private static final String ONCE = "once\n";

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeGroupLocks groupLocks;

    @Inject
    History history;

    @Inject
    StaffDirectory staff;

    @Inject
    Event<MailRequested> mail;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    IdBlocks ids;

    /**
     * Tells a member of staff something, in the caller's transaction: nothing is stored or sent
     * if it rolls back. Components call it from their own processes (a review job, a timer),
     * which may run without a user, so it takes any caller.
     *
     * @param link a page of the application, e.g. {@code /reports/view.xhtml?id=12}
     */
    @PermitAll
    public Notification notify(String recipient, String messageKey, List<String> arguments, String link) {
        return notifyAll(List.of(new Notice(recipient, messageKey, arguments, link)))
                .get(0);
    }

    /**
     * {@link #notify} for many at once (a review run tells each manager about its SLAs): every
     * recipient and their choices are looked up once, a grouped notice joins the recipient's unread
     * notification of its group under the group's row lock (so servers joining at once make one notification
     * and keep every line), new notifications are written as JDBC batches in the caller's
     * transaction; e-mails (for those who chose them at once) leave after the commit, the others wait
     * for the daily digest ({@link Digests}).
     */
    @PermitAll
    public List<Notification> notifyAll(List<Notice> asked) {
        return notify(asked, false);
    }

    /**
     * {@link #notifyAll} for a few notices told right after the caller stored its own records through JPA in the same
     * transaction (an improvement opportunity recorded or reassigned): the notifications are persisted through JPA too.
     */
    @PermitAll
    public List<Notification> tell(List<Notice> notices) {
        return notify(notices, true);
    }

    private List<Notification> notify(List<Notice> asked, boolean persisted) {
        Instant now = clock.instant();
        // one call, so every batch takes its rows in the same (sorted) order
        groupLocks.lock(
                asked.stream()
                        .flatMap(n -> Stream.of(
                                n.onceKey() == null ? null : ONCE + n.onceKey(),
                                n.groupKey() == null ? null : NoticeGroup.keyOf(n.recipient(), n.groupKey())))
                        .filter(Objects::nonNull)
                        .toList(),
                now);
        List<Notice> notices = notToldYet(asked);
        Map<String, Optional<Staff>> people = new HashMap<>();
        notices.forEach(notice -> people.computeIfAbsent(notice.recipient(), staff::byUsername));
        Map<String, Map<NotificationKind, Delivery>> chosen = preferencesOf(people.keySet());
        List<Notification> fresh = new ArrayList<>();
        List<Notification> regrouped = new ArrayList<>();
        Map<String, Notification> groups = openGroups(notices);
        for (Notice notice : notices) {
            String group = notice.groupKey() == null ? null : notice.recipient() + "\n" + notice.groupKey();
            Notification open = group == null ? null : groups.get(group);
            if (open != null) {
                open.regroup(notice, now);
                if (!regrouped.contains(open) && !fresh.contains(open)) {
                    regrouped.add(open);
                }
                continue;
            }
            Delivery delivery =
                    chosen.getOrDefault(notice.recipient(), Map.of()).getOrDefault(notice.kind(), Delivery.DEFAULT);
            Notification notification = new Notification(notice, delivery, now);
            fresh.add(notification);
            if (group != null) {
                groups.put(group, notification);
            }
        }
        store(fresh, persisted);
        List<Notification> told = new ArrayList<>(fresh);
        told.addAll(regrouped);
        for (Notification notification : told) {
            Staff person = people.get(notification.getRecipient()).orElse(null);
            if (notification.getDelivery() == Delivery.EMAIL && person != null && person.getEmail() != null) {
                Locale locale = NotificationText.locale(person.getUiLocale());
                String text = NotificationText.text(locale, notification);
                mail.fire(new MailRequested(
                        person.getEmail(),
                        locale,
                        NotificationText.text(locale, "mail.subject", List.of(text)),
                        text,
                        notification.getLink()));
            }
        }
        LOG.fine(() -> "Notified " + people.keySet() + ": " + fresh.size() + " new notification(s), "
                + (told.size() - fresh.size()) + " grouped");
        return told;
    }

    /**
     * The notices not told before: a notice with a once key already stored (told by this server or another,
     * whose row lock on the key the caller now holds) is dropped, as is a second of the same key in the batch.
     */
    private List<Notice> notToldYet(List<Notice> notices) {
        List<String> keys = notices.stream()
                .map(Notice::onceKey)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (keys.isEmpty()) {
            return notices;
        }
        Set<String> told = new HashSet<>(InChunks.query(
                keys,
                chunk -> em.createNamedQuery(Notification.TOLD_ONCE, String.class)
                        .setParameter("keys", chunk)
                        .getResultList()));
        List<Notice> fresh = new ArrayList<>();
        for (Notice notice : notices) {
            if (notice.onceKey() == null || told.add(notice.onceKey())) {
                fresh.add(notice);
            }
        }
        return fresh;
    }

    /**
     * The recipients' unread notifications of the notices' groups, by recipient and group key: one query per
     * {@link InChunks#SIZE} recipients, whatever the number of notices (a review chunk names many managers).
     */
    private Map<String, Notification> openGroups(List<Notice> notices) {
        List<String> keys = notices.stream()
                .map(Notice::groupKey)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, Notification> open = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return open;
        }
        List<String> recipients = notices.stream()
                .filter(n -> n.groupKey() != null)
                .map(Notice::recipient)
                .distinct()
                .toList();
        InChunks.query(
                        recipients,
                        chunk -> em.createNamedQuery(Notification.FIND_OPEN_GROUPS, Notification.class)
                                .setParameter("recipients", chunk)
                                .setParameter("groupKeys", keys)
                                .setHint(REFRESH, Boolean.TRUE)
                                .getResultList())
                .forEach(n -> open.putIfAbsent(n.getRecipient() + "\n" + n.getGroupKey(), n));
        return open;
    }

    private Map<String, Map<NotificationKind, Delivery>> preferencesOf(Set<String> usernames) {
        Map<String, Map<NotificationKind, Delivery>> chosen = new HashMap<>();
        if (usernames.isEmpty()) {
            return chosen;
        }
        em.createNamedQuery(NotificationPreference.FIND_FOR_USERS, NotificationPreference.class)
                .setParameter("usernames", List.copyOf(usernames))
                .getResultList()
                .forEach(p -> chosen.computeIfAbsent(p.getUsername(), u -> new EnumMap<>(NotificationKind.class))
                        .put(p.getKind(), p.getDelivery()));
        return chosen;
    }

    /**
     * How each kind of notification a user may choose for reaches the signed-in user (kinds never chosen:
     * {@link Delivery#DEFAULT}).
     */
    public Map<NotificationKind, Delivery> myPreferences() {
        Map<NotificationKind, Delivery> mine = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.choosable()) {
            mine.put(kind, Delivery.DEFAULT);
        }
        myChoices().stream()
                .filter(p -> mine.containsKey(p.getKind()))
                .forEach(p -> mine.put(p.getKind(), p.getDelivery()));
        return mine;
    }

    /** The signed-in user chooses how a kind of notification reaches them; later notifications follow it. */
    public Map<NotificationKind, Delivery> choose(@NotNull NotificationKind kind, @NotNull Delivery delivery) {
        if (!NotificationKind.choosable().contains(kind)) {
            throw InvalidInput.of("kind", "error.notificationKind.notChoosable", kind.name());
        }
        String me = history.currentUser();
        myChoices().stream()
                .filter(p -> p.getKind() == kind)
                .findFirst()
                .ifPresentOrElse(
                        p -> p.choose(delivery), () -> em.persist(new NotificationPreference(me, kind, delivery)));
        em.flush();
        LOG.fine(() -> me + " chose " + delivery + " for " + kind);
        return myPreferences();
    }

    private List<NotificationPreference> myChoices() {
        return em.createNamedQuery(NotificationPreference.FIND_BY_USER, NotificationPreference.class)
                .setParameter("username", history.currentUser())
                .getResultList();
    }

    /**
     * Stores new notifications: persisted through JPA when the caller has stored its own records so in this
     * transaction (its id generator works in the caller's transaction and may hold the generator's row already, which
     * a reservation of its own would wait for); otherwise written over JDBC with ids reserved in a transaction of
     * their own, which a long run must not hold.
     */
    private void store(List<Notification> fresh, boolean persisted) {
        if (persisted) {
            fresh.forEach(em::persist);
            return;
        }
        if (fresh.isEmpty()) {
            return;
        }
        long id = ids.reserve(fresh.size());
        for (Notification notification : fresh) {
            notification.storedAs(id++);
        }
        insert(fresh);
    }

    private void insert(List<Notification> notifications) {
        try (BulkInsert insert = BulkInsert.into(em.unwrap(Connection.class), NOTIFICATIONS)) {
            for (Notification n : notifications) {
                insert.row(
                        n.getId(),
                        n.getRecipient(),
                        n.getMessageKey(),
                        n.getArgumentsColumn(),
                        n.getLink(),
                        n.getCreatedAt(),
                        n.getKind().name(),
                        n.getGroupKey(),
                        n.getGroupItemsColumn(),
                        n.getGroupCount(),
                        n.getDelivery().name(),
                        n.getOnceKey());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(notifications.size() + " notifications could not be stored", e);
        }
    }

    /** The e-mail leaves only once the notification is committed, and never holds up the caller. */
    @PermitAll
    public void mailAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequested request) {
        mailer.send(request);
    }

    /** The signed-in user's notifications, newest first; filter read=true|false. */
    public Page<Notification> mine(PageRequest request) {
        String me = history.currentUser();
        return PagedQuery.of(em, Notification.class)
                .sortable("createdAt")
                .defaultSort("createdAt", false)
                .where((cb, root) -> cb.equal(root.get("recipient"), me))
                .filter("read", (cb, root, value) -> switch (value) {
                    case "true" -> cb.isNotNull(root.get("readAt"));
                    case "false" -> cb.isNull(root.get("readAt"));
                    default -> throw InvalidInput.of("read", "error.filter.value", value);
                })
                .fetch(request);
    }

    public long unreadCount() {
        return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class)
                .setParameter("recipient", history.currentUser())
                .getSingleResult();
    }

    /** Marks one of the user's own notifications read; someone else's is "not found" to them. */
    public Notification markRead(Long id) {
        Notification notification = Records.require(em, Notification.class, id);
        if (!notification.getRecipient().equals(history.currentUser())) {
            throw new RecordNotFound(Notification.class.getSimpleName(), id);
        }
        notification.markRead(clock.instant());
        return notification;
    }

    public int markAllRead() {
        return em.createNamedQuery(Notification.MARK_ALL_READ)
                .setParameter("at", clock.instant())
                .setParameter("recipient", history.currentUser())
                .executeUpdate();
    }
}
