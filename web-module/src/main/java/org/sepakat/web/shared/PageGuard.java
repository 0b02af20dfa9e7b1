package org.sepakat.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a page request with an HTTP error page. Pages check the role themselves, so a user
 * never sees a form the boundary would refuse anyway.
 */
public final class PageGuard {

    private PageGuard() {}

    /** @return {@code allowed}; when false the response is already a 403 */
    public static boolean allow(boolean allowed) {
        if (!allowed) {
            send(403);
        }
        return allowed;
    }

    public static void notFound() {
        send(404);
    }

    private static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
