package org.sepakat.notification.entity;

/** How a kind of notification reaches a user: always in the application, and by e-mail at once or in a daily digest. */
public enum Delivery {
    IN_APP,
    EMAIL,
    DIGEST;

    /** What a user gets who never chose: the e-mail at once, as before preferences existed. */
    public static final Delivery DEFAULT = EMAIL;
}
