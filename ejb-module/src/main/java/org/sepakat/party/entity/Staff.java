package org.sepakat.party.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.entity.AuditedEntity;

/** A member of the provider's staff, known from the user registry by user name. */
@Entity
@Table(name = "party_staff")
@NamedQuery(name = Staff.FIND_BY_USERNAME, query = "SELECT s FROM Staff s WHERE s.username = :username")
public class Staff extends AuditedEntity {

    public static final String FIND_BY_USERNAME = "Staff.findByUsername";

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Column(name = "ui_locale", length = 10)
    private String uiLocale;

    /** The time zone the user reads moments in (an IANA id); none = the server's zone. */
    @Column(name = "ui_zone", length = 64)
    private String uiZone;

    protected Staff() {}

    public Staff(String username, String displayName, String email) {
        this.username = requireText(username, "username");
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.email = email;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    public void updateProfile(String displayName, String email) {
        this.displayName = requireText(displayName, "display name");
        this.email = email == null || email.isBlank() ? null : email;
    }

    public void preferLocale(String languageTag) {
        this.uiLocale = languageTag;
    }

    public void preferZone(String zoneId) {
        this.uiZone = zoneId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getUiLocale() {
        return uiLocale;
    }

    public String getUiZone() {
        return uiZone;
    }

    @Override
    public String auditKey() {
        return username;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("email", email);
        state.put("uiLocale", uiLocale);
        state.put("uiZone", uiZone);
        return state;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Staff staff && Objects.equals(username, staff.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
