package org.sepakat.web.shared;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API description behind the sign-in. Where the server publishes it to anyone (sepakat.public.docs, the
 * local demo) its OpenAPI feature owns /openapi and nothing is added here. Everywhere else the feature is off,
 * as it cannot ask for a login, and the application serves the description made at build time from the same
 * annotations (WEB-INF/openapi.json) at /openapi, and Swagger UI at /openapi/ui/, both under web.xml's
 * signed-in constraint.
 */
@WebListener
public class ApiDescriptionPublisher implements ServletContextListener {

    static final String DESCRIPTION = "/WEB-INF/openapi.json";

    @Resource(lookup = "sepakat/publicDocs")
    Object publicDocs;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (ServerSwitches.on(publicDocs)) {
            return;
        }
        ServletContext context = event.getServletContext();
        context.addServlet("API description", new ApiDescriptionServlet(read(context)))
                .addMapping("/openapi");
        // after the application's own filters (HTTPS only, security headers): this one may answer without the chain
        context.addFilter("API UI", new ApiUiFilter()).addMappingForUrlPatterns(null, true, ApiUiFilter.FOLDER + "*");
    }

    private static byte[] read(ServletContext context) {
        try (InputStream in = context.getResourceAsStream(DESCRIPTION)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTION + " is missing from the WAR (made by the build)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
