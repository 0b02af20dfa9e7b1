package org.sepakat.servicedata.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.Period;

class RowProblemsTest {

    @Test
    @DisplayName(
            "A delivered period is a month or its first day; another day or no month is a problem of the row's field")
    void periodIsAMonthOrItsFirstDay() {
        RowProblems row = new RowProblems("kpiValues[2]");

        assertThat(row.period("period", " 2026-10 ")).isEqualTo(Period.of(2026, 10));
        assertThat(row.period("period", "2026-10-01")).isEqualTo(Period.of(2026, 10));
        assertThat(row.any()).isFalse();

        assertThat(row.period("period", "2026-10-02")).isNull();
        assertThat(row.period("period", "October")).isNull();
        assertThat(row.problems()).extracting(FieldProblem::field).containsOnly("kpiValues[2].period");
        assertThat(row.problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("error.serviceData.periodStart", "error.serviceData.period");
    }
}
