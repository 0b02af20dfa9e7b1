package org.sepakat.notification.entity;

import java.util.List;
import java.util.Objects;

/**
 * Something to tell one member of staff: a message of the notification bundle with its
 * arguments, and the page it is about (e.g. {@code /reports/view.xhtml?id=12}). A notice with a
 * {@code groupKey} (e.g. one review run) joins the recipient's unread notification of the same key:
 * its {@code items} are added to that notification's list, which the message shows after its
 * arguments as a count and the list. A notice with a {@code onceKey} (e.g. {@code improvement-overdue:12:2026-12-01})
 * is told once: a later notice of the same key, from this server or another, is dropped.
 */
public record Notice(
        String recipient,
        NotificationKind kind,
        String messageKey,
        List<String> arguments,
        String link,
        String groupKey,
        String groupLink,
        List<String> items,
        String onceKey) {

    /** The longest once key the database keeps. */
    public static final int ONCE_KEY_MAX = 200;

    public Notice {
        Objects.requireNonNull(kind);
        arguments = List.copyOf(arguments);
        items = List.copyOf(items);
        if (onceKey != null && (onceKey.isBlank() || onceKey.length() > ONCE_KEY_MAX)) {
            throw new IllegalArgumentException("a once key is 1 to " + ONCE_KEY_MAX + " characters: " + onceKey);
        }
    }

    public Notice(String recipient, String messageKey, List<String> arguments, String link) {
        this(recipient, NotificationKind.GENERAL, messageKey, arguments, link, null, null, List.of(), null);
    }

    /** A notice of a kind told at most once per {@code onceKey}, however often or on however many servers it is sent. */
    public static Notice once(
            String recipient,
            NotificationKind kind,
            String messageKey,
            List<String> arguments,
            String link,
            String onceKey) {
        return new Notice(
                recipient, kind, messageKey, arguments, link, null, null, List.of(), Objects.requireNonNull(onceKey));
    }

    /**
     * One notice of a group: {@code items} join the recipient's unread notification of {@code groupKey}; it links
     * to {@code link} while the group holds one item, to {@code groupLink} (e.g. the month's reports) once it holds more.
     */
    public static Notice grouped(
            String recipient,
            NotificationKind kind,
            String messageKey,
            List<String> arguments,
            String link,
            String groupKey,
            String groupLink,
            List<String> items) {
        return new Notice(
                recipient, kind, messageKey, arguments, link, Objects.requireNonNull(groupKey), groupLink, items, null);
    }

    /** The page a notification of this group shows when it holds {@code itemCount} items. */
    public String linkFor(int itemCount) {
        return groupKey != null && groupLink != null && itemCount > 1 ? groupLink : link;
    }
}
