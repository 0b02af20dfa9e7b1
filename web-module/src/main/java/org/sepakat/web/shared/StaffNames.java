package org.sepakat.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sepakat.party.boundary.StaffDirectory;

/**
 * A member of staff as pages name them, by display name ("Sari Service Level", not "slaman"): signatories,
 * reviewers. A user name staff do not know is shown as it is. Looked up once per request and name.
 */
@Named
@RequestScoped
public class StaffNames {

    @Inject
    StaffDirectory staff;

    private final Map<String, String> known = new HashMap<>();

    public String of(String username) {
        if (username == null) {
            return null;
        }
        return known.computeIfAbsent(
                username, name -> staff.displayNames(List.of(name)).getOrDefault(name, name));
    }
}
