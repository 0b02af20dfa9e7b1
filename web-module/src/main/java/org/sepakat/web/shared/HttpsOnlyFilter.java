package org.sepakat.web.shared;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Production transport (server variable {@code sepakat.https.only}, default true): a request over plain
 * HTTP is sent to the same address on the HTTPS port before anything else reads it. GET and HEAD are
 * moved permanently (301); other methods get 308 so a client repeats them unchanged over HTTPS.
 */
@WebFilter(urlPatterns = "/*")
public class HttpsOnlyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "sepakat/httpsOnly")
    Object httpsOnly;

    @Resource(lookup = "sepakat/httpsPort")
    Object httpsPort;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // behind a TLS-terminating proxy the scheme is https once the endpoint trusts its Forwarded headers (remoteIp)
        if (request.isSecure() || "https".equalsIgnoreCase(request.getScheme()) || !ServerSwitches.on(httpsOnly)) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        String target = "https://" + request.getServerName() + ":"
                + String.valueOf(httpsPort).trim() + request.getRequestURI() + (query == null ? "" : "?" + query);
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        response.setStatus(safe ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", target);
    }
}
