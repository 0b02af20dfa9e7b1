package org.sepakat.web.signin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.sepakat.signin.boundary.SignInGuard;
import org.sepakat.signin.entity.Refusal;
import org.sepakat.web.shared.LocalPath;

/**
 * The login form posts here instead of to Liberty's {@code j_security_check}, so that every
 * attempt passes the throttle (finding 6), the form cannot be posted from another site (12),
 * the session gets a new id once signed in (7) and the way back to the page asked for stays on
 * this application (13). The password itself is still checked by Liberty's user registry
 * ({@code request.login}), which also sets the single sign-on cookie.
 */
@WebServlet(urlPatterns = "/sign-in")
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String USER = "j_username";
    static final String PASSWORD = "j_password";
    /** Liberty's cookie holding the page asked for before the login page. */
    private static final String REMEMBERED = "WASReqURL";

    @Inject
    SignInGuard guard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        toLogin(request, response, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!LoginToken.sentWith(request)) {
            toLogin(request, response, "expired=true");
            return;
        }
        String user = request.getParameter(USER);
        String password = request.getParameter(PASSWORD);
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            toLogin(request, response, "failed=true");
            return;
        }
        String address = request.getRemoteAddr();
        Refusal refusal = guard.refusal(user, address);
        if (refusal != null) {
            guard.failed(user, address, "form", true);
            toLogin(request, response, refused(refusal));
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(user.strip(), password);
        } catch (ServletException wrong) {
            guard.failed(user, address, "form", false);
            toLogin(request, response, "failed=true");
            return;
        }
        guard.succeeded(user);
        LoginToken.spend(request.getSession());
        request.changeSessionId();
        forget(request, response);
        response.sendRedirect(LocalPath.of(remembered(request), request));
    }

    private static String refused(Refusal refusal) {
        Instant now = Instant.now();
        return refusal.locked() ? "locked=" + refusal.minutesLeft(now) : "wait=" + refusal.secondsLeft(now);
    }

    private static String remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (REMEMBERED.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Liberty would otherwise send a later login to the same page again. */
    private static void forget(HttpServletRequest request, HttpServletResponse response) {
        Cookie gone = new Cookie(REMEMBERED, "");
        gone.setPath("/");
        gone.setMaxAge(0);
        gone.setHttpOnly(true);
        gone.setSecure(request.isSecure());
        response.addCookie(gone);
    }

    /** Back to the login page, in the language it was shown in, with what to tell the user. */
    private static void toLogin(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        StringBuilder target = new StringBuilder(request.getContextPath()).append("/login.xhtml");
        String lang = request.getParameter("lang");
        char separator = '?';
        if ("id".equals(lang) || "en".equals(lang)) {
            target.append(separator).append("lang=").append(lang);
            separator = '&';
        }
        if (message != null) {
            target.append(separator).append(message);
        }
        response.sendRedirect(target.toString());
    }
}
