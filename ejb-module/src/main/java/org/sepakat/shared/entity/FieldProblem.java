package org.sepakat.shared.entity;

import jakarta.validation.ConstraintViolation;
import java.util.List;

/**
 * What is wrong with one field. Either a bundle key with arguments, or the Bean Validation
 * violation itself, whose template the web layer interpolates in the user's language.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments, ConstraintViolation<?> violation) {

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments), null);
    }

    public static FieldProblem of(ConstraintViolation<?> violation) {
        return new FieldProblem(
                violation.getPropertyPath().toString(), violation.getMessageTemplate(), List.of(), violation);
    }

    /** The same problem inside a part of a larger input, e.g. field "resolved" of row "tickets[3]". */
    public FieldProblem under(String prefix) {
        return new FieldProblem(field.isEmpty() ? prefix : prefix + "." + field, messageKey, arguments, violation);
    }
}
