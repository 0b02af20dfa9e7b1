package org.sepakat.web.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Liberty's own form login ({@code j_security_check}) would check passwords past the throttle
 * and the form's token: it is closed, and whoever posts to it is sent to the login page.
 */
@WebFilter(urlPatterns = "/j_security_check")
public class FormLoginBlock extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?expired=true");
    }
}
