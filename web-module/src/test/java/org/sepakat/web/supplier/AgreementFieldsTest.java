package org.sepakat.web.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/** A refusal's fields are named after the editor's inputs, so each problem shows beside its input or row. */
class AgreementFieldsTest {

    @Test
    @DisplayName("Commercial terms' fields are the terms tab's inputs; a RACI row's name is its activity input")
    void fieldsAreNamedAfterTheInputs() {
        assertThat(AgreementFields.input("commercialTerms.starts")).isEqualTo("startsOn");
        assertThat(AgreementFields.input("commercialTerms.noticePeriod")).isEqualTo("noticePeriod");
        assertThat(AgreementFields.input("raci[1].name")).isEqualTo("raci[1].activity");
        assertThat(AgreementFields.input("activities[2].name")).isEqualTo("raci[2].activity");
        assertThat(AgreementFields.input("targets[0].threshold")).isEqualTo("targets[0].threshold");
    }

    @Test
    @DisplayName("SUP-6: a problem of a whole RACI row (two accountable parties) stays on its row")
    void rowProblemStaysOnTheRow() {
        InvalidInput refusal = new InvalidInput(List.of(
                FieldProblem.of("raci[0]", "error.raci.manyAccountable", "Restore"),
                FieldProblem.of("activities[1]", "error.raci.noAccountable", "Patch")));
        assertThat(AgreementFields.onPage(refusal).problems())
                .extracting(FieldProblem::field)
                .containsExactly("raci[0]", "raci[1]");
    }
}
