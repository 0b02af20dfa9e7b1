package org.sepakat.web.shared;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The OpenAPI document as JSON, whatever format is asked for: JSON is also YAML, so a client expecting the
 * MicroProfile default (YAML) reads it as well.
 */
class ApiDescriptionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final byte[] description;

    ApiDescriptionServlet(byte[] description) {
        this.description = description.clone();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(description.length);
        response.getOutputStream().write(description);
    }
}
