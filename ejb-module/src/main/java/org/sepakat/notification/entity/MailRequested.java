package org.sepakat.notification.entity;

import java.util.Locale;

/** Fired when a notification was stored for someone with an e-mail address; sent once the transaction committed. */
public record MailRequested(String to, Locale locale, String subject, String body, String link) {}
