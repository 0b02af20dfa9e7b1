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
import jakarta.persistence.Version;
import java.util.Objects;

/** One user's choice of how one kind of notification reaches them; one per user and kind. */
@Entity
@Table(name = "nt_preference")
@NamedQuery(
        name = NotificationPreference.FIND_BY_USER,
        query = "SELECT p FROM NotificationPreference p WHERE p.username = :username")
@NamedQuery(
        name = NotificationPreference.FIND_FOR_USERS,
        query = "SELECT p FROM NotificationPreference p WHERE p.username IN :usernames")
public class NotificationPreference {

    public static final String FIND_BY_USER = "NotificationPreference.findByUser";
    public static final String FIND_FOR_USERS = "NotificationPreference.findForUsers";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sepakatIds")
    private Long id;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false, length = 10)
    private Delivery delivery;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NotificationPreference() {}

    public NotificationPreference(String username, NotificationKind kind, Delivery delivery) {
        this.username = Objects.requireNonNull(username);
        this.kind = Objects.requireNonNull(kind);
        this.delivery = Objects.requireNonNull(delivery);
    }

    public void choose(Delivery chosen) {
        this.delivery = Objects.requireNonNull(chosen);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public long getVersion() {
        return version;
    }
}
