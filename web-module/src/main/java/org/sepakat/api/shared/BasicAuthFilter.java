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
import java.util.Base64;
import java.util.Locale;
import org.sepakat.web.shared.Messages;
import org.sepakat.web.shared.StaffSync;

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
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(credentials[0], credentials[1]);
        } catch (ServletException e) {
            refuse(request, response, "problem.unauthorized.bad");
            return;
        }
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

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String detailKey) throws IOException {
        Locale locale = request.getLocale() != null && "id".equals(request.getLocale().getLanguage())
                ? Locale.forLanguageTag("id") : Locale.ENGLISH;
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"sepakat\", charset=\"UTF-8\"");
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        String body = Json.createObjectBuilder()
                .add("type", "urn:sepakat:problem:unauthorized")
                .add("title", Messages.text(locale, "problem.unauthorized"))
                .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                .add("detail", Messages.text(locale, detailKey))
                .build()
                .toString();
        response.getWriter().write(body);
    }
}
