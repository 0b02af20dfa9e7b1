package org.sepakat.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.sepakat.common.Messages;
import org.sepakat.common.StaffSync;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.Capability;
import org.sepakat.shared.entity.Roles;

/**
 * Who is signed in, in which language, and what their roles let them change. Holds
 * no page data.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<Locale> LANGUAGES = Messages.LANGUAGES;

    @Inject
    transient StaffDirectory staff;

    @Inject
    transient StaffSync staffSync;

    private Locale locale;
    private String displayName;
    private String zoneId;
    private String restoredFor;

    /**
     * Restores the signed-in user's language, zone and name once per user and session, from the
     * staff register kept current from the user registry. Called by {@link SignInFilter} and by
     * the first page that asks, whichever comes first: the start page reached as the welcome file
     * passes no filter, and must still open in the language the user chose last time (issue 12 §3).
     */
    void restore(String username, Locale browserLocale) {
        if (username == null || username.equals(restoredFor)) {
            return;
        }
        Staff member = staffSync.signedIn(username);
        this.displayName = member.getDisplayName();
        this.locale = member.getUiLocale() != null
                ? supported(Locale.forLanguageTag(member.getUiLocale()))
                : supported(browserLocale);
        this.zoneId = Moments.zone(member.getUiZone()).getId();
        this.restoredFor = username;
    }

    private void restoreForPage() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        var principal = external.getUserPrincipal();
        if (principal != null) {
            restore(principal.getName(), external.getRequestLocale());
        }
    }

    static Locale supported(Locale requested) {
        return requested != null && "id".equals(requested.getLanguage()) ? LANGUAGES.get(1) : Locale.ENGLISH;
    }

    public Locale getLocale() {
        restoreForPage();
        if (locale == null) {
            locale = supported(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        this.locale = supported(Locale.forLanguageTag(language));
    }

    /** Remembers the language for the user and reloads the page in it. */
    public void changeLanguage() throws IOException {
        staff.preferLanguage(getLanguage());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        external.redirect(LocalPath.of(
                external.getRequestHeaderMap().get("Referer"), (HttpServletRequest) external.getRequest()));
    }

    /** The zone every moment is shown in: the user's choice, else the server's (issue 12 §3). */
    public ZoneId getZone() {
        if (FacesContext.getCurrentInstance() != null) {
            restoreForPage();
        }
        return Moments.zone(zoneId);
    }

    public String getZoneId() {
        return getZone().getId();
    }

    public void setZoneId(String zoneId) {
        this.zoneId = Moments.zone(zoneId).getId();
    }

    /** The zone's short name now, as the header shows it ("WIB"). */
    public String getZoneLabel() {
        return Moments.label(getZone(), getLocale(), Instant.now());
    }

    public List<Moments.Zone> getZones() {
        return Moments.choices(getZone());
    }

    /** Remembers the zone for the user and reloads the page, every moment now in that zone. */
    public void changeZone() throws IOException {
        staff.preferZone(getZoneId());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(LocalPath.of(
                external.getRequestHeaderMap().get("Referer"), (HttpServletRequest) external.getRequest()));
    }

    public List<Locale> getLanguages() {
        return LANGUAGES;
    }

    public String getUsername() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        restoreForPage();
        return displayName == null ? getUsername() : displayName;
    }

    /** Whether the user holds a role of {@code shared.entity.Roles}. */
    public boolean inRole(String role) {
        return in(role);
    }

    private boolean in(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public boolean isAdministrator() {
        return in(Roles.ADMINISTRATOR);
    }

    public boolean isAuditor() {
        return in(Roles.AUDITOR);
    }

    /** Whether the user holds a capability of the one table. */
    public boolean may(Capability capability) {
        return capability.roles().stream().anyMatch(this::in);
    }

    public boolean isCanEditSuppliers() {
        return may(Capability.EDIT_SUPPLIERS);
    }

    public boolean isCanReadSuppliers() {
        return may(Capability.READ_SUPPLIERS);
    }

    public boolean isCanEditCustomers() {
        return may(Capability.EDIT_CUSTOMERS);
    }

    public boolean isCanEditServices() {
        return may(Capability.EDIT_SERVICES);
    }

    public boolean isCanEditSlas() {
        return may(Capability.EDIT_SLAS);
    }

    public boolean isCanReviewReports() {
        return may(Capability.REVIEW_REPORTS);
    }

    public boolean isCanEditStaff() {
        return may(Capability.EDIT_STAFF);
    }

    public boolean isCanEditImprovements() {
        return may(Capability.EDIT_IMPROVEMENTS);
    }

    public boolean isCanTreatRisks() {
        return may(Capability.TREAT_RISKS);
    }

    public boolean isCanEditServiceData() {
        return may(Capability.EDIT_SERVICE_DATA);
    }

    public boolean isCanReadServiceData() {
        return may(Capability.READ_SERVICE_DATA);
    }

    public boolean isCanReadSchedules() {
        return may(Capability.READ_SCHEDULES);
    }

    public boolean isCanEditSchedules() {
        return may(Capability.EDIT_SCHEDULES);
    }

    public boolean isCanSearchHistory() {
        return may(Capability.SEARCH_HISTORY);
    }

    public String getRoleNames() {
        return String.join(
                ", ",
                List.of(
                                Roles.ADMINISTRATOR,
                                Roles.RELATIONSHIP_MANAGER,
                                Roles.SERVICE_LEVEL_MANAGER,
                                Roles.SUPPLIER_MANAGER,
                                Roles.AUDITOR)
                        .stream()
                        .filter(this::in)
                        .toList());
    }
}
