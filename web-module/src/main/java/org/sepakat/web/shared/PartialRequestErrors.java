package org.sepakat.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure in an AJAX request answers with a redirect to the error page, as a full
 * page request does through web.xml: the Faces implementation would otherwise send the exception
 * chain (classes, messages, SQL) inside the partial response. The failure is logged with an id.
 */
public class PartialRequestErrors extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(PartialRequestErrors.class.getName());

    public PartialRequestErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null || !faces.getPartialViewContext().isAjaxRequest()) {
                super.handle();
                return;
            }
            Throwable failure = null;
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                Throwable queued = events.next().getContext().getException();
                failure = failure == null ? queued : failure;
                events.remove();
            }
            if (failure != null) {
                redirect(faces, failure);
            }
            super.handle();
        }

        private static void redirect(FacesContext faces, Throwable failure) {
            boolean expired = rootCause(failure) instanceof ViewExpiredException;
            if (!expired) {
                String incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Unexpected failure in an AJAX request, incident " + incident, failure);
            }
            ExternalContext external = faces.getExternalContext();
            if (external.isResponseCommitted()) {
                faces.responseComplete();
                return;
            }
            external.responseReset();
            try {
                external.redirect(external.getRequestContextPath()
                        + (expired ? "/errorpages/expired.xhtml" : "/errorpages/error.xhtml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        private static Throwable rootCause(Throwable failure) {
            Throwable current = failure;
            while (current instanceof FacesException && current.getCause() != null) {
                current = current.getCause();
            }
            return current;
        }
    }
}
