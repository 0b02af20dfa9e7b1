package org.sepakat.notification.entity;

import java.util.List;
import java.util.Objects;

/**
 * Something to tell one member of staff: a message of the notification bundle with its
 * arguments, and the page it is about (e.g. {@code /reports/view.xhtml?id=12}). A notice with a
 * {@code groupKey} (e.g. one review run) joins the recipient's unread notification of the same key:
 * its {@code items} are added to that notification's list, which the message shows after its
 * arguments as a count and the list.
 */
public record Notice(
        String recipient,
        NotificationKind kind,
        String messageKey,
        List<String> arguments,
        String link,
        String groupKey,
        String groupLink,
        List<String> items) {

    public Notice {
        Objects.requireNonNull(kind);
        arguments = List.copyOf(arguments);
        items = List.copyOf(items);
    }

    public Notice(String recipient, String messageKey, List<String> arguments, String link) {
        this(recipient, NotificationKind.GENERAL, messageKey, arguments, link, null, null, List.of());
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
                recipient, kind, messageKey, arguments, link, Objects.requireNonNull(groupKey), groupLink, items);
    }

    /** The page a notification of this group shows when it holds {@code itemCount} items. */
    public String linkFor(int itemCount) {
        return groupKey != null && groupLink != null && itemCount > 1 ? groupLink : link;
    }
}
