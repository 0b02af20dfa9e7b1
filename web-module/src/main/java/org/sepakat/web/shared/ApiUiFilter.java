package org.sepakat.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Swagger UI's answers: its address without the slash is sent on to /openapi/ui/, so the page's relative
 * addresses resolve, and the folder shows index.html (a welcome file cannot: the container hands a folder
 * to the first welcome file, index.xhtml, whose Faces servlet answers 404 here). Every answer gets the UI's
 * own Content-Security-Policy: the server's (server.xml) with the one thing Swagger UI cannot do without, its
 * icons as data: images. Scripts and styles still come only from the application's files, never inline.
 */
class ApiUiFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String FOLDER = "/openapi/ui/";
    static final String POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(FOLDER.substring(0, FOLDER.length() - 1))) {
            response.sendRedirect(request.getContextPath() + FOLDER);
        } else if (path.equals(FOLDER)) {
            request.getRequestDispatcher(FOLDER + "index.html").forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
