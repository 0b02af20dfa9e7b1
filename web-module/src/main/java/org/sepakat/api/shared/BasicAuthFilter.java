package org.sepakat.api.shared;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.sepakat.common.Messages;
import org.sepakat.common.StaffSync;
import org.sepakat.signin.boundary.SignInGuard;
import org.sepakat.signin.entity.Refusal;

/**
 * HTTP Basic for the REST API, checked against the same user registry as the login page. The
 * pages use form login; the API never redirects to it and never relies on a session.
 */
@WebFilter(urlPatterns = "/api/*")
public class BasicAuthFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "Basic ";

    @Inject
    StaffSync staffSync;

    @Inject
    SignInGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            refuse(request, response, "problem.unauthorized.detail");
            return;
        }
        String[] credentials = decode(header.substring(PREFIX.length()).trim());
        if (credentials == null) {
            refuse(request, response, "problem.unauthorized.detail");
            return;
        }
        String address = request.getRemoteAddr();
        Refusal refusal = guard.refusal(credentials[0], address);
        if (refusal != null) {
            guard.failed(credentials[0], address, "api", true);
            tooMany(request, response, refusal);
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(credentials[0], credentials[1]);
        } catch (ServletException e) {
            guard.failed(credentials[0], address, "api", false);
            refuse(request, response, "problem.unauthorized.bad");
            return;
        }
        guard.succeeded(credentials[0]);
        staffSync.signedInThroughApi(request.getUserPrincipal().getName());
        try {
            chain.doFilter(request, response);
        } finally {
            request.logout();
        }
    }

    private static String[] decode(String token) {
        try {
            String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String detailKey)
            throws IOException {
        Locale locale = locale(request);
        response.setHeader("WWW-Authenticate", "Basic realm=\"sepakat\", charset=\"UTF-8\"");
        problem(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "unauthorized",
                Messages.text(locale, "problem.unauthorized"),
                Messages.text(locale, detailKey));
    }

    /** 429 with Retry-After: the same for a known and an unknown user name, and no password was checked. */
    private static void tooMany(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        Locale locale = locale(request);
        long seconds = refusal.secondsLeft(Instant.now());
        response.setHeader("Retry-After", Long.toString(seconds));
        problem(
                response,
                429,
                "too-many-sign-ins",
                Messages.text(locale, "problem.tooManySignIns"),
                Messages.text(locale, "problem.tooManySignIns.detail", seconds));
    }

    private static Locale locale(HttpServletRequest request) {
        return request.getLocale() != null && "id".equals(request.getLocale().getLanguage())
                ? Locale.forLanguageTag("id")
                : Locale.ENGLISH;
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        String body = Json.createObjectBuilder()
                .add("type", "urn:sepakat:problem:" + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("violations", Json.createArrayBuilder())
                .build()
                .toString();
        response.getWriter().write(body);
    }
}
