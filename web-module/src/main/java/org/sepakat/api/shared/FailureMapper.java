package org.sepakat.api.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sepakat.common.Messages;
import org.sepakat.shared.entity.BusinessException;

/**
 * Every failure that is not a business refusal: access denied, malformed bodies, unknown paths,
 * and the unexpected, which is logged with an id and never shown as a stack trace.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = Problems.locale(headers);
        Throwable cause = unwrap(failure);
        if (cause instanceof BusinessException business) {
            return Problems.of(business, headers, uri);
        }
        if (cause instanceof EJBAccessException || cause instanceof ForbiddenException) {
            return Problems.respond(
                    403,
                    "forbidden",
                    Messages.text(locale, "problem.forbidden"),
                    Messages.text(locale, "problem.forbidden.detail"),
                    uri,
                    null,
                    List.of());
        }
        if (cause instanceof MalformedBody malformed) {
            return Problems.respond(
                    400,
                    "malformed-body",
                    Messages.text(locale, "problem.malformed"),
                    Messages.text(locale, "problem.malformed.detail"),
                    uri,
                    null,
                    List.of(new ProblemDetail.Violation(
                            "body", Messages.text(locale, "error.json.syntax", malformed.line(), malformed.column()))));
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return Problems.respond(
                    400,
                    "malformed-body",
                    Messages.text(locale, "problem.malformed"),
                    Messages.text(locale, "problem.malformed.detail"),
                    uri,
                    null,
                    List.of());
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status < 500) {
                return Problems.respond(
                        status,
                        "http-" + status,
                        web.getResponse().getStatusInfo().getReasonPhrase(),
                        Messages.text(locale, "problem.http.detail", status),
                        uri,
                        null,
                        List.of());
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure " + incident, failure);
        return Problems.respond(
                500,
                "internal",
                Messages.text(locale, "problem.internal"),
                Messages.text(locale, "problem.internal.detail", incident),
                uri,
                null,
                List.of());
    }

    /** The refusal inside whatever the container wrapped it in (an EJB exception, a body reader's failure). */
    private static Throwable unwrap(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof BusinessException || c instanceof MalformedBody) {
                return c;
            }
        }
        Throwable current = failure;
        while (current instanceof EJBException
                && !(current instanceof EJBAccessException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        if (current instanceof WebApplicationException && current.getCause() instanceof JsonbException) {
            return current.getCause();
        }
        return current;
    }
}
