package org.sepakat.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The login form's anti-forgery token: the login page puts a random value into the session and
 * into a hidden field, and a sign-in is tried only when both arrive together. A page of another
 * site cannot read the value, and its POST carries no session (the cookie is SameSite=Lax), so
 * it cannot sign a browser in (login CSRF). Browsers also say where a POST comes from
 * (Sec-Fetch-Site): any other site is refused outright.
 */
public final class LoginToken {

    public static final String FIELD = "token";
    private static final String ATTRIBUTE = LoginToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private LoginToken() {}

    /** The session's token, made when the login page is first shown in it. */
    public static String issue(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, made);
        return made;
    }

    /** Whether the POST comes from this application's own login page in this browser. */
    static boolean sentWith(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site) && !"none".equals(site)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(FIELD);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return sent != null
                && expected instanceof String token
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** A token serves one sign-in: the next login page gets a new one. */
    static void spend(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
