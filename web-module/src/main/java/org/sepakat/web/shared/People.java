package org.sepakat.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sepakat.common.Messages;
import org.sepakat.party.boundary.StaffDirectory;

/**
 * Shows people by the name they go by ("Sari Service Level"), never by their user name
 * ("slaman"), on every page (issue 12 §3): who changed a record, signatories, reviewers, owners.
 * A check the system runs is named by its label ({@code history.actor.*}); a user name nobody in
 * the staff register has (an external system, a deleted account) is shown as it is. Each name is looked up once per request.
 */
@Named
@RequestScoped
public class People {

    @Inject
    StaffDirectory staff;

    private static final String ACTOR = "history.actor.";

    private final Map<String, String> known = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String name = username.strip();
        return known.computeIfAbsent(
                name,
                n -> systemActor(n)
                        .orElseGet(() -> staff.displayNames(List.of(n)).getOrDefault(n, n)));
    }

    /** A check the system runs ("alignment-check") by its name in the page's language. */
    private static Optional<String> systemActor(String username) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null) {
            return Optional.empty();
        }
        String key = ACTOR + username;
        String label = Messages.text(faces.getViewRoot().getLocale(), key);
        return label.equals(key) ? Optional.empty() : Optional.of(label);
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
}
