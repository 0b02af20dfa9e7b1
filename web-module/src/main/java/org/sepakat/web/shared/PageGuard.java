package org.sepakat.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a page request with an HTTP error page. Pages check the role themselves, so a user
 * never sees a form the boundary would refuse anyway.
 */
public final class PageGuard {

    private static final String NOT_FOUND_PAGE = "/errorpages/notfound.xhtml";

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

    /**
     * Shows the 404 page in place of the page asked for, without leaving the request: for refusals
     * found while the request's own parameters are read, where a sent error would be dispatched in
     * the middle of the request's lifecycle.
     */
    public static void showNotFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(404);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, NOT_FOUND_PAGE));
        faces.renderResponse();
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
