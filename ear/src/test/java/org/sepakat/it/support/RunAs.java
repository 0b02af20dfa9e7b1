package org.sepakat.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signs the in-container test in as a demo user for the current request, through the server's
 * own user registry, so the boundaries' role checks apply as they do for real users.
 */
@RequestScoped
public class RunAs {

    @Inject
    HttpServletRequest request;

    public void user(String username) throws ServletException {
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        request.login(username, DemoUsers.PASSWORD);
    }

    public void nobody() throws ServletException {
        request.logout();
    }
}
