package org.sepakat.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/**
 * Checks a command against its Bean Validation rules before a boundary touches anything, so
 * the UI, the REST API and batch imports get the same field-by-field refusal.
 */
@ApplicationScoped
public class InputCheck {

    @Inject
    Validator validator;

    public <T> T valid(T command) {
        List<FieldProblem> problems = problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return command;
    }

    /** The command's Bean Validation problems, by field; empty when it is valid. */
    public <T> List<FieldProblem> problems(T command) {
        if (command == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        return validator.validate(command).stream()
                .map(FieldProblem::of)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }
}
