package org.sepakat.supplier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.shared.terms.MeasurementPeriod;

/** The supplier agreement's lifecycle and completeness (SUP-2..6, SUP-10, OLA-1), without a container. */
class SupplierAgreementTest {

    private static final Instant SIGNED = Instant.parse("2026-01-15T03:00:00Z");

    private static SupplierAgreement draft(SupplierKind kind) {
        Supplier supplier = new Supplier(
                "S-" + kind.name(), "Pemasok", kind, kind == SupplierKind.CUSTOMER_AS_SUPPLIER ? 7L : null);
        return new SupplierAgreement("AGR-1", "Hosting", supplier, "Asia/Jakarta");
    }

    private static CommercialTerms tacitYear() {
        return new CommercialTerms(
                new BigDecimal("480000000"),
                Currency.getInstance("IDR"),
                LocalDate.of(2026, 1, 1),
                Period.ofYears(1),
                RenewalKind.TACIT,
                Period.ofYears(1),
                Period.ofMonths(3));
    }

    private static SupplierAgreement complete(SupplierKind kind) {
        SupplierAgreement agreement = draft(kind);
        agreement.scope(List.of(12L), List.of("ERP database hosting"), List.of(SmsProcess.INCIDENT_MANAGEMENT));
        agreement.replaceRequirements(List.of(new AgreementRequirement("Hosted in Jakarta", "SLA-FIN-2026")));
        agreement.replaceTargets(List.of(
                AgreementTarget.availability("Availability", null, new BigDecimal("99.95"), MeasurementPeriod.MONTH)));
        agreement.replaceRaci(List.of(RaciActivity.of("Restore", "A", "R")));
        if (kind == SupplierKind.EXTERNAL_SUPPLIER) {
            agreement.setCommercialTerms(tacitYear());
        }
        return agreement;
    }

    private static SupplierAgreement in(AgreementStatus status) {
        SupplierAgreement agreement = complete(SupplierKind.EXTERNAL_SUPPLIER);
        if (status == AgreementStatus.DRAFT) {
            return agreement;
        }
        agreement.agree("supman", "Agus Wijaya", SIGNED);
        switch (status) {
            case ACTIVE -> agreement.activate();
            case UNDER_REVIEW -> agreement.startRevision();
            case TERMINATED -> agreement.terminate();
            case EXPIRED -> {
                agreement.giveNotice(LocalDate.of(2026, 2, 1));
                agreement.expire(LocalDate.of(2027, 1, 1));
            }
            default -> {}
        }
        assertThat(agreement.getStatus()).isEqualTo(status);
        return agreement;
    }

    private static void act(SupplierAgreement agreement, String action) {
        Consumer<SupplierAgreement> step = switch (action) {
            case "agree" -> a -> a.agree("supman", "Agus Wijaya", SIGNED.plusSeconds(60));
            case "activate" -> SupplierAgreement::activate;
            case "revise" -> SupplierAgreement::startRevision;
            case "terminate" -> SupplierAgreement::terminate;
            case "expire" -> a -> a.expire(LocalDate.of(2030, 1, 1));
            case "edit" -> a -> a.replaceObligations(List.of());
            default -> throw new IllegalArgumentException(action);
        };
        step.accept(agreement);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "DRAFT,        agree,     AGREED",
        "DRAFT,        activate,  -",
        "DRAFT,        revise,    -",
        "DRAFT,        terminate, -",
        "DRAFT,        expire,    -",
        "DRAFT,        edit,      DRAFT",
        "AGREED,       agree,     -",
        "AGREED,       activate,  ACTIVE",
        "AGREED,       revise,    UNDER_REVIEW",
        "AGREED,       terminate, TERMINATED",
        "AGREED,       edit,      -",
        "ACTIVE,       agree,     -",
        "ACTIVE,       activate,  -",
        "ACTIVE,       revise,    UNDER_REVIEW",
        "ACTIVE,       terminate, TERMINATED",
        "ACTIVE,       edit,      -",
        "UNDER_REVIEW, agree,     AGREED",
        "UNDER_REVIEW, activate,  -",
        "UNDER_REVIEW, revise,    -",
        "UNDER_REVIEW, terminate, TERMINATED",
        "UNDER_REVIEW, edit,      UNDER_REVIEW",
        "TERMINATED,   agree,     -",
        "TERMINATED,   activate,  -",
        "TERMINATED,   revise,    -",
        "TERMINATED,   terminate, -",
        "TERMINATED,   expire,    -",
        "TERMINATED,   edit,      -",
        "EXPIRED,      agree,     -",
        "EXPIRED,      activate,  -",
        "EXPIRED,      revise,    -",
        "EXPIRED,      terminate, -",
        "EXPIRED,      edit,      -"
    })
    @DisplayName("SUP-2: each transition is allowed or refused naming the rule")
    void transitions(AgreementStatus from, String action, String to) {
        SupplierAgreement agreement = in(from);
        if ("-".equals(to)) {
            assertThatThrownBy(() -> act(agreement, action))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SUP-2"));
            assertThat(agreement.getStatus()).isEqualTo(from);
        } else {
            act(agreement, action);
            assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.valueOf(to));
        }
    }

    @Test
    @DisplayName("SUP-2: each agreement makes the next version; a version keeps both signatories and its content")
    void versionsAreNumbered() {
        SupplierAgreement agreement = in(AgreementStatus.ACTIVE);
        assertThat(agreement.getAgreedVersion()).isEqualTo(1);
        agreement.startRevision();
        agreement.replaceTargets(List.of(
                AgreementTarget.availability("Availability", null, new BigDecimal("99.99"), MeasurementPeriod.MONTH)));
        assertThat(agreement.agree("admin", "Sari", SIGNED.plusSeconds(3600))).isEqualTo(2);

        SupplierAgreedVersion second = new SupplierAgreedVersion(agreement, YearMonth.of(2026, 3));
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getProviderApprover()).isEqualTo("admin");
        assertThat(second.getSupplierApprover()).isEqualTo("Sari");
        assertThat(second.getEffectiveFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(second.content())
                .containsEntry(
                        "target: Availability", agreement.getTargets().get(0).describe());
        agreement.activate();
        assertThatThrownBy(() -> new SupplierAgreedVersion(agreement, YearMonth.of(2026, 4)))
                .as("only an agreed agreement makes a version")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("SUP-2..6: an empty contract misses commercial terms, scope, requirements, targets and RACI")
    void anEmptyContractMissesEveryPart() {
        SupplierAgreement contract = draft(SupplierKind.EXTERNAL_SUPPLIER);
        assertThat(contract.getKind()).isEqualTo(AgreementKind.UNDERPINNING_CONTRACT);
        assertThat(contract.missingForAgreement()).containsExactly("SUP-2", "SUP-3", "SUP-4", "SUP-5", "SUP-6");
        assertThatThrownBy(() -> contract.agree("supman", "Agus", SIGNED))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SUP-2"));
    }

    @ParameterizedTest(name = "without {0}: missing {1}")
    @CsvSource({"terms, SUP-2", "scope, SUP-3", "requirements, SUP-4", "targets, SUP-5", "raci, SUP-6"})
    @DisplayName("SUP-2..6: each missing part is named by its requirement id, and only it")
    void eachMissingPartIsNamed(String part, String requirement) {
        SupplierAgreement contract = complete(SupplierKind.EXTERNAL_SUPPLIER);
        switch (part) {
            case "terms" -> contract.setCommercialTerms(null);
            case "scope" -> contract.scope(List.of(), List.of(), List.of());
            case "requirements" -> contract.replaceRequirements(List.of());
            case "targets" -> contract.replaceTargets(List.of());
            case "raci" -> contract.replaceRaci(List.of());
            default -> throw new IllegalArgumentException(part);
        }
        assertThat(contract.missingForAgreement()).containsExactly(requirement);
        assertThatThrownBy(() -> contract.agree("supman", "Agus", SIGNED))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(requirement));
    }

    @Test
    @DisplayName("OLA-1: an OLA needs a target or an obligation (a commitment or an activity), no commercial terms")
    void anOlaNeedsTargetsOrObligations() {
        SupplierAgreement ola = complete(SupplierKind.INTERNAL_SUPPLIER);
        assertThat(ola.getKind()).isEqualTo(AgreementKind.OPERATIONAL_LEVEL_AGREEMENT);
        assertThat(ola.missingForAgreement()).isEmpty();
        ola.replaceTargets(List.of());
        assertThat(ola.missingForAgreement()).containsExactly("OLA-1");
        ola.replaceObligations(
                List.of(new Obligation(ObligationKind.ACTIVITY, "Patch the core switches", "Quarterly", null)));
        assertThat(ola.missingForAgreement()).isEmpty();
        assertThat(complete(SupplierKind.CUSTOMER_AS_SUPPLIER).getKind())
                .isEqualTo(AgreementKind.OPERATIONAL_LEVEL_AGREEMENT);
    }

    @Test
    @DisplayName("OLA-1: an OLA refuses commercial terms, naming the field")
    void anOlaRefusesCommercialTerms() {
        SupplierAgreement ola = draft(SupplierKind.INTERNAL_SUPPLIER);
        assertThatThrownBy(() -> ola.setCommercialTerms(tacitYear()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("commercialTerms"));
        assertThat(ola.getCommercialTerms()).isNull();
    }

    @Test
    @DisplayName("SUP-6: a RACI table breaking a rule is refused with its row (raci[1]), and nothing is replaced")
    void raciIsRefusedWithItsRow() {
        SupplierAgreement contract = complete(SupplierKind.EXTERNAL_SUPPLIER);
        assertThatThrownBy(() -> contract.replaceRaci(
                        List.of(RaciActivity.of("Restore", "A", "R"), RaciActivity.of("Report", "A", "RA"))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("raci[1]", "error.raci.manyAccountable")));
        assertThat(contract.getRaci()).extracting(RaciActivity::getName).containsExactly("Restore");
    }

    @Test
    @DisplayName("SUP-10: notice is recorded only on a signed contract not ended; it fixes the expiry, and a revision"
            + " saving the same terms keeps it")
    void noticeIsRecordedWhileInForce() {
        assertThatThrownBy(() -> in(AgreementStatus.DRAFT).giveNotice(LocalDate.of(2026, 3, 1)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> in(AgreementStatus.TERMINATED).giveNotice(LocalDate.of(2026, 3, 1)))
                .isInstanceOf(RuleViolation.class);
        SupplierAgreement contract = in(AgreementStatus.ACTIVE);
        ContractDates before = contract.dates(LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(before.renewsItself()).isTrue();
        assertThat(before.expiry()).isNull();
        assertThat(before.nextNotice())
                .isEqualTo(new NoticeDeadline(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31)));

        contract.giveNotice(LocalDate.of(2026, 6, 1));
        ContractDates after = contract.dates(LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(after.expiry()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(after.nextNotice()).isNull();
        assertThat(after.renewsItself()).isFalse();

        contract.startRevision();
        contract.setCommercialTerms(tacitYear());
        assertThat(contract.getCommercialTerms().getNoticeGivenOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThatThrownBy(contract::recordRenewal)
                .as("a tacit renewal takes no express renewal")
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("renewal"));
    }

    @Test
    @DisplayName("SUP-10: notice before the contract starts is refused on the field the API names (givenOn)")
    void noticeBeforeTheStartIsNamed() {
        SupplierAgreement contract = in(AgreementStatus.ACTIVE);
        assertThatThrownBy(() -> contract.giveNotice(LocalDate.of(2025, 12, 1)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("givenOn"));
    }

    @Test
    @DisplayName("SUP-10: an OLA has no dates and takes no notice")
    void anOlaHasNoDates() {
        SupplierAgreement ola = complete(SupplierKind.INTERNAL_SUPPLIER);
        ola.agree("supman", "Joko", SIGNED);
        assertThat(ola.dates(LocalDate.of(2026, 6, 1))).isEmpty();
        assertThatThrownBy(() -> ola.giveNotice(LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.supplierAgreement.noCommercialTerms"));
    }

    @Test
    @DisplayName("SUP-2: only a draft never agreed can be deleted")
    void onlyANeverAgreedDraftIsDeletable() {
        assertThat(in(AgreementStatus.DRAFT).isDeletable()).isTrue();
        assertThat(in(AgreementStatus.AGREED).isDeletable()).isFalse();
        assertThat(in(AgreementStatus.UNDER_REVIEW).isDeletable()).isFalse();
        assertThat(in(AgreementStatus.TERMINATED).isDeletable()).isFalse();
    }
}
