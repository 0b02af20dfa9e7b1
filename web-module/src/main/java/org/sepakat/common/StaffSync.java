package org.sepakat.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;

/**
 * Keeps the staff register current from the user registry when someone signs in, through the
 * pages or the API; an API client calling often is looked up at most every few minutes.
 */
@ApplicationScoped
public class StaffSync {

    private static final Duration REFRESH = Duration.ofMinutes(10);

    @Inject
    StaffDirectory staff;

    @Inject
    RegistryProfiles profiles;

    private final Map<String, Instant> lastSync = new ConcurrentHashMap<>();

    public Staff signedIn(String username) {
        RegistryProfiles.Profile profile = profiles.of(username);
        Staff member = staff.signedIn(username, profile.displayName(), profile.email());
        lastSync.put(username, Instant.now());
        return member;
    }

    public void signedInThroughApi(String username) {
        Instant last = lastSync.get(username);
        if (last == null || last.plus(REFRESH).isBefore(Instant.now())) {
            signedIn(username);
        }
    }
}
