package org.sepakat.notification.entity;

import java.util.List;

/**
 * Something to tell one member of staff: a message of the notification bundle with its
 * arguments, and the page it is about (e.g. {@code /reports/view.xhtml?id=12}).
 */
public record Notice(String recipient, String messageKey, List<String> arguments, String link) {

    public Notice {
        arguments = List.copyOf(arguments);
    }
}
