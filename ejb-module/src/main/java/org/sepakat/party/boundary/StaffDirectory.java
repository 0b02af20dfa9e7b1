package org.sepakat.party.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sepakat.party.entity.Staff;
import org.sepakat.party.entity.StaffData;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.InChunks;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;

/** The provider's staff, as the user registry knows them; kept current at each login. */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class StaffDirectory {

    public static final Set<String> LANGUAGES = Set.of("en", "id");

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    public Page<Staff> list(PageRequest request) {
        return PagedQuery.of(em, Staff.class)
                .sortable("username", "displayName", "email")
                .defaultSort("displayName", true)
                .textFilter("username", "username")
                .textFilter("displayName", "displayName")
                .textFilter("email", "email")
                .fetch(request);
    }

    public List<Staff> everyone() {
        return em.createQuery("SELECT s FROM Staff s ORDER BY s.displayName", Staff.class)
                .getResultList();
    }

    public Staff find(Long id) {
        return Records.require(em, Staff.class, id);
    }

    public Optional<Staff> byUsername(String username) {
        return em.createNamedQuery(Staff.FIND_BY_USERNAME, Staff.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * The display name of each of these users that staff know, by user name ("slaman" → "Sari Service Level"):
     * documents and signatures name people, not accounts.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        List<String> distinct =
                usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        InChunks.each(
                distinct,
                part -> em.createQuery("SELECT s FROM Staff s WHERE s.username IN :usernames", Staff.class)
                        .setParameter("usernames", part)
                        .getResultList()
                        .forEach(s -> names.put(s.getUsername(), s.getDisplayName())));
        return names;
    }

    /**
     * Called at each login: creates the member of staff, or takes over what the registry says
     * of their name and e-mail. Values the registry does not have are left as an administrator set them.
     */
    @PermitAll
    public Staff signedIn(String username, String registryDisplayName, String registryEmail) {
        Optional<Staff> known = byUsername(username);
        if (known.isEmpty()) {
            return history.created(new Staff(username, registryDisplayName, registryEmail));
        }
        Staff staff = known.get();
        if (registryDisplayName != null || registryEmail != null) {
            String name = registryDisplayName == null ? staff.getDisplayName() : registryDisplayName;
            String email = registryEmail == null ? staff.getEmail() : registryEmail;
            if (!name.equals(staff.getDisplayName()) || !Objects.equals(email, staff.getEmail())) {
                history.change(staff, s -> s.updateProfile(name, email));
            }
        }
        return staff;
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Staff update(Long id, StaffData data) {
        input.valid(data);
        Staff staff = Records.asRead(em, Staff.class, id, data.version());
        return history.change(
                staff,
                s -> s.updateProfile(
                        data.displayName().trim(),
                        data.email() == null ? null : data.email().trim()));
    }

    /** The signed-in user's own choice of language. */
    @PermitAll
    public void preferLanguage(String languageTag) {
        if (!LANGUAGES.contains(languageTag)) {
            throw InvalidInput.of("language", "error.language.unknown", languageTag);
        }
        byUsername(history.currentUser()).ifPresent(staff -> {
            if (!languageTag.equals(staff.getUiLocale())) {
                history.change(staff, s -> s.preferLocale(languageTag));
            }
        });
    }
}
