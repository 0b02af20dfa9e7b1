package org.sepakat.notification.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The row a recipient's notices of one group (e.g. one review run) are joined under: whoever adds to
 * the group holds it locked for update, so two servers or threads never start two notices for one
 * group and recipient nor overwrite each other's lines. Not a business record; never cached.
 */
@Entity
@Cacheable(false)
@Table(name = "nt_notice_group")
public class NoticeGroup {

    public static final int KEY_MAX = 310;

    @Id
    @Column(name = "lock_key", length = KEY_MAX)
    private String key;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NoticeGroup() {}

    public NoticeGroup(String key, Instant createdAt) {
        this.key = Objects.requireNonNull(key);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The one key of a recipient's group: the user name, a line break, the group key. */
    public static String keyOf(String recipient, String groupKey) {
        return recipient + "\n" + groupKey;
    }

    public String getKey() {
        return key;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
