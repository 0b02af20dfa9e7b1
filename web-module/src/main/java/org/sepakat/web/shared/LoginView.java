package org.sepakat.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/** The login page speaks the language asked for in {@code ?lang=}, else the browser's. */
@Named
@RequestScoped
public class LoginView {

    public Locale getLocale() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String asked = external.getRequestParameterMap().get("lang");
        return UserSession.supported(asked != null ? Locale.forLanguageTag(asked) : external.getRequestLocale());
    }
}
