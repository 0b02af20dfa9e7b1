package org.sepakat.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * On the first page a user opens after logging in: keeps the staff register current from the
 * user registry and restores the language the user chose last time.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession userSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            userSession.restore(request.getUserPrincipal().getName(), request.getLocale());
        }
        chain.doFilter(request, response);
    }
}
