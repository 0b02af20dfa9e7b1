package org.sepakat.supplier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/** SUP-6, OLA-1: the responsibility matrix of a supplier contract and the rules its rows must keep. */
class RaciTest {

    private static List<FieldProblem> problemsOf(RaciActivity... rows) {
        return new Raci(List.of(rows)).problems();
    }

    @Test
    @DisplayName("A matrix with one A and at least one R per uniquely named activity has no problem")
    void aSoundMatrixHasNoProblem() {
        Raci raci = new Raci(List.of(
                RaciActivity.of("Restore the service", "A", "R"),
                RaciActivity.of("Patch the platform", "CI", "RA"),
                RaciActivity.of("Report performance", "RA", "C")));

        assertThat(raci.problems()).isEmpty();
        assertThat(raci.isValid()).isTrue();
        assertThat(raci.requireValid()).isSameAs(raci);
    }

    @ParameterizedTest(name = "provider {0}, supplier {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                // nobody accountable
                "R,   C,  error.raci.noAccountable,   -",
                // both accountable
                "A,   RA, error.raci.manyAccountable, -",
                // nobody responsible
                "A,   C,  error.raci.noResponsible,   -",
                // neither: both rules broken, both reported
                "C,   I,  error.raci.noAccountable,   error.raci.noResponsible",
                // an empty row
                "'',  '', error.raci.noAccountable,   error.raci.noResponsible",
            })
    void eachActivityHasOneAccountableAndAResponsibleParty(
            String provider, String supplier, String firstKey, String secondKey) {
        List<FieldProblem> problems = problemsOf(RaciActivity.of("Restore the service", provider, supplier));

        List<String> expected = secondKey == null ? List.of(firstKey) : List.of(firstKey, secondKey);
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactlyElementsOf(expected);
        assertThat(problems).extracting(FieldProblem::field).containsOnly("activities[0]");
        assertThat(problems).allSatisfy(p -> assertThat(p.arguments()).containsExactly("Restore the service"));
    }

    @Test
    @DisplayName("Names must be non-blank and unique, case and blanks ignored; every problem of every row is listed")
    void everyProblemIsListedByRow() {
        List<FieldProblem> problems = problemsOf(
                RaciActivity.of("Restore the service", "A", "R"),
                RaciActivity.of("  ", "A", "R"),
                RaciActivity.of(" restore THE service ", "C", "I"),
                RaciActivity.of("Escalate", "A", "AR"));

        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        tuple("activities[1].name", "error.raci.nameBlank"),
                        tuple("activities[2].name", "error.raci.nameTaken"),
                        tuple("activities[2]", "error.raci.noAccountable"),
                        tuple("activities[2]", "error.raci.noResponsible"),
                        tuple("activities[3]", "error.raci.manyAccountable"));
        // the duplicate names the row it repeats, counted from 1 as the user sees the rows
        assertThat(problems.get(1).arguments()).containsExactly("restore THE service", 1);
        assertThat(problems.get(0).arguments()).containsExactly(2);
    }

    @Test
    void anInvalidMatrixIsRefusedWithAllItsProblems() {
        Raci raci = new Raci(List.of(RaciActivity.of("", "I", "I"), RaciActivity.of("Patch", "A", "R")));

        assertThatThrownBy(raci::requireValid)
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly(
                                        "error.raci.nameBlank",
                                        "error.raci.noAccountable",
                                        "error.raci.noResponsible"));
    }

    @Test
    @DisplayName("A row keeps its roles in R, A, C, I order whatever order they were given in")
    void rolesAreKeptInMatrixOrder() {
        RaciActivity row = new RaciActivity(
                "Change the contract", Set.of(RaciRole.INFORMED, RaciRole.ACCOUNTABLE, RaciRole.RESPONSIBLE), Set.of());

        assertThat(row.letters(RaciParty.PROVIDER)).isEqualTo("RAI");
        assertThat(row.letters(RaciParty.SUPPLIER)).isEmpty();
        assertThat(row.roles(RaciParty.PROVIDER))
                .containsExactly(RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE, RaciRole.INFORMED);
        assertThat(RaciActivity.of("Change the contract", "i/a, r", "")).isEqualTo(row);
    }

    @Test
    void anUnknownLetterIsRefused() {
        assertThatThrownBy(() -> RaciActivity.of("Patch", "X", "R")).isInstanceOf(IllegalArgumentException.class);
    }
}
