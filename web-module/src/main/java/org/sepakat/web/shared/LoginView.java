package org.sepakat.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.sepakat.web.signin.LoginToken;

/**
 * The login page speaks the language asked for in {@code ?lang=}, else the browser's; it carries
 * the form's anti-forgery token and says why the last sign-in was refused.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    UserSession userSession;

    /**
     * The language of the login and error pages: the one asked for in {@code ?lang=}, else the
     * signed-in user's own (an error page met while signed in, issue 12 §1), else the browser's.
     */
    public Locale getLocale() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String asked = external.getRequestParameterMap().get("lang");
        if (asked != null) {
            return UserSession.supported(Locale.forLanguageTag(asked));
        }
        if (external.getUserPrincipal() != null) {
            return userSession.getLocale();
        }
        return UserSession.supported(external.getRequestLocale());
    }

    /** The language asked for in {@code ?lang=}, kept through the sign-in; empty when none was. */
    public String getLang() {
        String asked = external().getRequestParameterMap().get("lang");
        return "id".equals(asked) || "en".equals(asked) ? asked : "";
    }

    public String getToken() {
        return LoginToken.issue((HttpSession) external().getSession(true));
    }

    /** Minutes a lock still lasts ({@code ?locked=}), 0 when there is none. */
    public long getLockedMinutes() {
        return whole("locked");
    }

    /** Seconds to wait before the next attempt ({@code ?wait=}), 0 when there is none. */
    public long getWaitSeconds() {
        return whole("wait");
    }

    private long whole(String name) {
        String value = external().getRequestParameterMap().get(name);
        if (value == null || value.length() > 6 || !value.chars().allMatch(Character::isDigit) || value.isEmpty()) {
            return 0;
        }
        return Long.parseLong(value);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
