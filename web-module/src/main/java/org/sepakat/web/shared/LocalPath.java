package org.sepakat.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where a redirect built from what the browser sent may lead (the page Liberty remembered in its
 * {@code WASReqURL} cookie before the login page, the {@code Referer} of a language switch): only a
 * path of this application on this very origin. Anything else (another host, a scheme-relative
 * {@code //host}, a back-slash trick, the login page itself, an unreadable value) leads to the
 * start page instead.
 */
public final class LocalPath {

    private static final Pattern HOSTLESS = Pattern.compile(":[0-9]{1,5}");

    private LocalPath() {}

    /** The path and query of {@code url} when it leads into this application on the request's origin, else the start page. */
    public static String of(String url, HttpServletRequest request) {
        return of(
                url,
                origin(request.getScheme(), request.getServerName(), request.getServerPort()),
                request.getContextPath());
    }

    /**
     * @param remembered the cookie's value, or null
     * @param origin the request's own {@code scheme://host:port}
     * @param contextPath the application's context path ("" at the root)
     */
    static String of(String remembered, String origin, String contextPath) {
        String start = contextPath + "/";
        if (remembered == null || remembered.isBlank()) {
            return start;
        }
        String value = remembered.strip();
        if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.regionMatches(true, 0, "http%3A", 0, 7)
                || value.regionMatches(true, 0, "https%3A", 0, 8)
                || value.startsWith("%2F")) {
            try {
                value = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException unreadable) {
                return start;
            }
        }
        if (value.chars().anyMatch(c -> c < 0x21 || c == '\\' || c == 0x7f)) {
            return start;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException unreadable) {
            return start;
        }
        if (uri.isOpaque()
                || uri.getRawPath() == null
                || !uri.getRawPath().startsWith("/")
                || uri.getRawPath().startsWith("//")) {
            return start;
        }
        if ((uri.getScheme() != null || uri.getRawAuthority() != null) && !sameOrigin(uri, origin)) {
            return start;
        }
        String path = uri.getRawPath();
        if (!path.startsWith(start)
                || path.startsWith(contextPath + "/login.xhtml")
                || path.startsWith(contextPath + "/sign-in")) {
            return start;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /**
     * Liberty leaves the host out of what it remembers ({@code http://:9080/customers/list.xhtml})
     * and puts the request's own back: such a value names scheme and port only.
     */
    private static boolean sameOrigin(URI uri, String origin) {
        String scheme = uri.getScheme();
        String authority = uri.getRawAuthority();
        if (scheme == null || authority == null) {
            return false;
        }
        if (HOSTLESS.matcher(authority).matches()) {
            return origin.equalsIgnoreCase(
                    scheme + "://" + origin.substring(origin.indexOf("://") + 3, origin.lastIndexOf(':')) + authority);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(scheme) ? 443 : 80;
        return uri.getHost() != null
                && uri.getUserInfo() == null
                && origin.equalsIgnoreCase(scheme + "://" + uri.getHost() + ":" + port);
    }

    /** {@code scheme://host:port} of a request, the port always written out. */
    static String origin(String scheme, String host, int port) {
        return scheme + "://" + host + ":" + port;
    }
}
