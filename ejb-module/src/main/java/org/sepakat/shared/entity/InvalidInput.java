package org.sepakat.shared.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that breaks one or more field rules; nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidInput extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("error.invalidInput");
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey, Object... arguments) {
        return new InvalidInput(List.of(FieldProblem.of(field, messageKey, arguments)));
    }

    /** The same refusal for a part of a larger input: field "opened" becomes "tickets[3].opened". */
    public InvalidInput under(String prefix) {
        return new InvalidInput(problems.stream().map(p -> p.under(prefix)).toList());
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
