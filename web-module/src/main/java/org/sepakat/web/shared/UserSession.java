package org.sepakat.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.shared.entity.Roles;
import org.sepakat.common.Messages;

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

    private Locale locale;
    private String displayName;

    /** Called once per session by {@link SignInFilter}. */
    void signedIn(String displayName, String preferredLanguage, Locale browserLocale) {
        this.displayName = displayName;
        this.locale = preferredLanguage != null ? Locale.forLanguageTag(preferredLanguage) : supported(browserLocale);
    }

    static Locale supported(Locale requested) {
        return requested != null && "id".equals(requested.getLanguage()) ? LANGUAGES.get(1) : Locale.ENGLISH;
    }

    public Locale getLocale() {
        if (locale == null) {
            locale = supported(FacesContext.getCurrentInstance().getExternalContext().getRequestLocale());
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
        external.redirect(LocalPath.of(external.getRequestHeaderMap().get("Referer"),
                (HttpServletRequest) external.getRequest()));
    }

    public List<Locale> getLanguages() {
        return LANGUAGES;
    }

    public String getUsername() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        return displayName == null ? getUsername() : displayName;
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

    /** BRM: customers, contacts, managers. */
    public boolean isCanEditCustomers() {
        return isAdministrator() || in(Roles.RELATIONSHIP_MANAGER);
    }

    public boolean isCanEditServices() {
        return isAdministrator() || in(Roles.SERVICE_LEVEL_MANAGER);
    }

    /** SLM: authoring and signing service level agreements, and their calendars. */
    public boolean isCanEditSlas() {
        return isAdministrator() || in(Roles.SERVICE_LEVEL_MANAGER);
    }

    /** SLM-6, SLM-7: recording the outcome of a period report's review, running a past period. */
    public boolean isCanReviewReports() {
        return isAdministrator() || in(Roles.SERVICE_LEVEL_MANAGER);
    }

    public boolean isCanEditStaff() {
        return isAdministrator();
    }

    /** the managers and the administrator work the improvement register; the auditor reads it. */
    public boolean isCanEditImprovements() {
        return isAdministrator() || in(Roles.RELATIONSHIP_MANAGER) || in(Roles.SERVICE_LEVEL_MANAGER)
                || in(Roles.SUPPLIER_MANAGER);
    }

    /** SLM-5..7: service data is delivered by service level managers and administrators; auditors and relationship managers read it. */
    public boolean isCanEditServiceData() {
        return isAdministrator() || in(Roles.SERVICE_LEVEL_MANAGER);
    }

    public boolean isCanReadServiceData() {
        return isCanEditServiceData() || isAuditor() || in(Roles.RELATIONSHIP_MANAGER);
    }

    /** SLM-6: review schedules and their job history; the auditor reads them. */
    public boolean isCanReadSchedules() {
        return isAdministrator() || in(Roles.SERVICE_LEVEL_MANAGER) || isAuditor();
    }

    public boolean isCanEditSchedules() {
        return isAdministrator() || in(Roles.SERVICE_LEVEL_MANAGER);
    }

    public boolean isCanSearchHistory() {
        return isAdministrator() || isAuditor();
    }

    public String getRoleNames() {
        return String.join(", ", List.of(Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER,
                Roles.SUPPLIER_MANAGER, Roles.AUDITOR).stream().filter(this::in).toList());
    }
}
