package org.sepakat.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/** Where a redirect built from a request header may lead: back into this application, never to another site. */
final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * The path and query of {@code url} when it names this server (scheme, host and port of the request)
     * and lies inside the application; otherwise null.
     */
    static String pathOf(String url, HttpServletRequest request) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
        String path = uri.getRawPath();
        boolean sameOrigin = request.getScheme().equalsIgnoreCase(uri.getScheme())
                && request.getServerName().equalsIgnoreCase(uri.getHost())
                && request.getServerPort() == portOf(uri)
                && uri.getRawUserInfo() == null;
        if (!sameOrigin || path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static int portOf(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
