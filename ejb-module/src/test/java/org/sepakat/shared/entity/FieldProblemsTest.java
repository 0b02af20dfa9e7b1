package org.sepakat.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 12 §4: one refusal names every problem of an input, each row's under its index. */
class FieldProblemsTest {

    private static Integer positive(String text) {
        int value = Integer.parseInt(text);
        if (value <= 0) {
            throw InvalidInput.of("maximum", "error.limit.positive", text);
        }
        return value;
    }

    @Test
    void everyRefusedRowAndStepIsNamedInOneRefusal() {
        FieldProblems problems = new FieldProblems();
        List<Integer> turned = problems.each("limits", List.of("3", "0", "5", "-1"), FieldProblemsTest::positive);
        problems.check(() -> {
            throw InvalidInput.of("validTo", "error.sla.validity");
        });

        assertThat(turned).containsExactly(3, 5);
        assertThatThrownBy(problems::throwIfAny)
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("limits[1].maximum", "limits[3].maximum", "validTo"));
    }

    @Test
    void skippedRowsAreNeitherTurnedNorChecked() {
        FieldProblems problems = new FieldProblems();
        List<Integer> turned =
                problems.each("limits", List.of("0", "4"), FieldProblemsTest::positive, Set.of("limits[0]"));

        assertThat(turned).containsExactly(4);
        problems.throwIfAny();
    }
}
