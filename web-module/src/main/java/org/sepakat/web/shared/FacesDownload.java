package org.sepakat.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.sepakat.export.Download;

/** Answers a form's button (ajax="false") with a file instead of a page. */
public final class FacesDownload {

    private FacesDownload() {}

    public static void send(String type, String fileName, byte[] content) {
        send(type, content, Download.attachment(fileName));
    }

    /** A file named by a person (a contract document): its name in full, RFC 6266 ({@link Download#storedAttachment}). */
    public static void sendNamedByUser(String type, String fileName, byte[] content) {
        send(type, content, Download.storedAttachment(fileName));
    }

    private static void send(String type, byte[] content, String disposition) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", disposition);
        // the reset dropped the filter's headers: the browser must take the type as sent, never guess another
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseContentLength(content.length);
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
