package org.sepakat.api.shared;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.sepakat.common.Messages;
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.shared.entity.ConcurrentEdit;
import org.sepakat.shared.entity.FileRefused;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.RuleViolation;

/** Builds problem+json answers in the caller's language (Accept-Language). */
public final class Problems {

    private Problems() {}

    /** The language of the answer: Bahasa Indonesia when the caller prefers it, else English. */
    public static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return Locale.ENGLISH;
        }
        return headers.getAcceptableLanguages().stream()
                .filter(l -> "id".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    static Response of(BusinessException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String detail = Messages.text(locale, e);
        if (e instanceof FileRefused refused) {
            // the file as a whole: too large to take (413), or a kind not taken (422), naming the field it came in
            return respond(
                    refused.isTooLarge() ? 413 : 422,
                    refused.isTooLarge() ? "file-too-large" : "file-refused",
                    Messages.text(locale, refused.isTooLarge() ? "problem.fileTooLarge" : "problem.fileRefused"),
                    Messages.text(locale, refused.problems().get(0)),
                    uri,
                    null,
                    violations(locale, refused));
        }
        if (e instanceof InvalidInput invalid) {
            List<ProblemDetail.Violation> violations = Messages.fields(locale, invalid).stream()
                    .map(f -> new ProblemDetail.Violation(f.field(), f.message()))
                    .toList();
            return respond(
                    400, "invalid-input", Messages.text(locale, "problem.invalidInput"), detail, uri, null, violations);
        }
        if (e instanceof RecordNotFound) {
            return respond(404, "not-found", Messages.text(locale, "problem.notFound"), detail, uri, null, List.of());
        }
        if (e instanceof ConcurrentEdit) {
            return respond(
                    409,
                    "concurrent-edit",
                    Messages.text(locale, "problem.concurrentEdit"),
                    detail,
                    uri,
                    null,
                    List.of());
        }
        String rule = e instanceof RuleViolation violation ? violation.rule() : null;
        return respond(
                422, "rule-violation", Messages.text(locale, "problem.ruleViolation"), detail, uri, rule, List.of());
    }

    private static List<ProblemDetail.Violation> violations(Locale locale, InvalidInput invalid) {
        return Messages.fields(locale, invalid).stream()
                .map(f -> new ProblemDetail.Violation(f.field(), f.message()))
                .toList();
    }

    static Response respond(
            int status,
            String type,
            String title,
            String detail,
            UriInfo uri,
            String rule,
            List<ProblemDetail.Violation> violations) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(status)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(new ProblemDetail(
                        "urn:sepakat:problem:" + type, title, status, detail, instance, rule, violations))
                .build();
    }
}
