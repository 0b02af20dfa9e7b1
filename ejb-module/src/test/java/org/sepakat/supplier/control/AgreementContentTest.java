package org.sepakat.supplier.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.FieldProblems;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierAgreementData;
import org.sepakat.supplier.entity.SupplierAgreementData.CommercialTermsData;
import org.sepakat.supplier.entity.SupplierAgreementData.RaciData;
import org.sepakat.supplier.entity.SupplierKind;

/** How a saved supplier agreement's problems are gathered: each named once, on its own row (issue 12 §4). */
class AgreementContentTest {

    private static SupplierAgreement draft() {
        return new SupplierAgreement(
                "UC-1", "Hosting", new Supplier("HOST", "Hosting", SupplierKind.EXTERNAL_SUPPLIER, null), "UTC");
    }

    private static SupplierAgreementData data(List<RaciData> raci, CommercialTermsData terms) {
        return new SupplierAgreementData(
                "UC-1", "Hosting", 1L, "UTC", null, null, null, null, null, null, null, null, raci, terms, null);
    }

    private static List<String> fields(FieldProblems problems) {
        return problems.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    @DisplayName("SUP-6: a RACI row Bean Validation refused is not read again, and the other rows keep their own index")
    void raciRowsKeepTheirIndex() {
        FieldProblems problems = new FieldProblems();
        problems.add(List.of(FieldProblem.of("raci[0].provider", "{sepakat.raci.pattern}")));
        List<RaciData> raci = List.of(
                new RaciData("Bad letter", "X", "R"),
                new RaciData("Fine", "A", "R"),
                new RaciData("Two accountable", "RA", "A"));

        AgreementContent.apply(draft(), data(raci, null), problems);

        assertThat(fields(problems)).containsExactly("raci[0].provider", "raci[2]");
    }

    @Test
    @DisplayName("SUP-2: commercial terms Bean Validation refused are not read again: each field is named once")
    void refusedTermsAreNamedOnce() {
        FieldProblems problems = new FieldProblems();
        problems.add(List.of(FieldProblem.of("commercialTerms.initialTerm", "{sepakat.initialTerm.required}")));
        CommercialTermsData terms = new CommercialTermsData(
                BigDecimal.ONE, "IDR", LocalDate.of(2026, 1, 1), null, RenewalKind.NONE, null, null);

        AgreementContent.apply(draft(), data(List.of(), terms), problems);

        assertThat(fields(problems)).containsExactly("commercialTerms.initialTerm");
    }

    @Test
    @DisplayName("SUP-2: a contract without renewal and notice periods is read (the spans left empty are none)")
    void emptySpansAreNone() {
        FieldProblems problems = new FieldProblems();
        SupplierAgreement agreement = draft();
        CommercialTermsData terms = new CommercialTermsData(
                BigDecimal.ONE, "IDR", LocalDate.of(2026, 1, 1), "P6M", RenewalKind.NONE, null, null);

        AgreementContent.apply(agreement, data(List.of(), terms), problems);

        assertThat(problems.problems()).isEmpty();
        assertThat(agreement.getCommercialTerms().expiry()).contains(LocalDate.of(2026, 6, 30));
    }

    @Test
    @DisplayName("SUP-2: a span that is no period is named on its field inside the commercial terms")
    void aBadSpanIsNamed() {
        FieldProblems problems = new FieldProblems();
        CommercialTermsData terms = new CommercialTermsData(
                BigDecimal.ONE, "IDR", LocalDate.of(2026, 1, 1), "a year", RenewalKind.NONE, null, "P0Y");

        AgreementContent.apply(draft(), data(List.of(), terms), problems);

        assertThat(fields(problems)).containsExactly("commercialTerms.initialTerm");
    }
}
