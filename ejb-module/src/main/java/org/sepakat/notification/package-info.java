/**
 * Notifications: a message for one member of staff, shown in the application (the bell in the
 * top bar) and, when a mail session is configured, sent by e-mail in the recipient's language.
 * The texts are bundle keys with arguments, worded when shown, so each reader sees their own
 * language. Other components notify through
 * {@link org.sepakat.notification.boundary.Notifications#notify}, e.g. the review tells the
 * service level manager of a missed target (SLM-6, SLM-8).
 */
package org.sepakat.notification;
