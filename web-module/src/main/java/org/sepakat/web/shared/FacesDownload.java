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
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", Download.attachment(fileName));
        external.setResponseContentLength(content.length);
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
