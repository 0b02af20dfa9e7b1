package org.sepakat.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;

/**
 * Shows people by the name they go by ("Sari Service Level"), never by their user name
 * ("slaman"), on every page (issue 12 §3). A user name nobody in the staff register has
 * (an external system, a deleted account) is shown as it is.
 */
@Named
@RequestScoped
public class People {

    @Inject
    StaffDirectory staff;

    private Map<String, String> names;

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names().getOrDefault(username.strip(), username.strip());
    }

    /** A stored list of user names ("relman, slaman"), each by display name. */
    public String names(String usernames) {
        if (usernames == null || usernames.isBlank()) {
            return "";
        }
        return Arrays.stream(usernames.split(","))
                .map(this::name)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining(", "));
    }

    private Map<String, String> names() {
        if (names == null) {
            names = staff.everyone().stream()
                    .collect(Collectors.toMap(Staff::getUsername, Staff::getDisplayName, (a, b) -> a));
        }
        return names;
    }
}
