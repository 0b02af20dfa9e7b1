package org.sepakat.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.sepakat.common.StaffSync;
import org.sepakat.party.entity.Staff;

/**
 * On the first page a user opens after logging in: keeps the staff register current from the
 * user registry and restores the language the user chose last time.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String MARK = SignInFilter.class.getName();

    @Inject
    StaffSync staffSync;

    @Inject
    UserSession userSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession();
            if (!request.getUserPrincipal().getName().equals(session.getAttribute(MARK))) {
                Staff member = staffSync.signedIn(request.getUserPrincipal().getName());
                userSession.signedIn(member.getDisplayName(), member.getUiLocale(), request.getLocale());
                session.setAttribute(MARK, request.getUserPrincipal().getName());
            }
        }
        chain.doFilter(request, response);
    }
}
