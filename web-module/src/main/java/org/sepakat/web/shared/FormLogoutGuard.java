package org.sepakat.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Liberty answers {@code /ibm_security_logout} in every application with form login, for any method and
 * from any site: a link or an image on another site would sign the user out. Sepakat signs out only
 * through its own form ({@link LogoutView}, a Faces POST), so that address is closed.
 */
@WebFilter(urlPatterns = "/ibm_security_logout")
public class FormLogoutGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
