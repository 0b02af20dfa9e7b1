package org.sepakat.supplier.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.terms.AgreementIdentity;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.DataScope;
import org.sepakat.shared.terms.MeasurableAgreement;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OpeningHours;
import org.sepakat.shared.terms.OwnerKind;
import org.sepakat.shared.terms.TargetTerm;
import org.sepakat.shared.terms.Validity;
import org.sepakat.supplier.entity.AgreementRequirement;
import org.sepakat.supplier.entity.RaciActivity;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierKind;
import org.sepakat.supplier.entity.TargetHandling;
import org.sepakat.supplier.entity.Underpinning;
import org.sepakat.supplier.entity.UnderpinningMap;

/** SUP-7: the SLA's published terms and its underpinning map read into the rules' targets, with hand-worked numbers. */
class AlignmentCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final long SLA_ID = 5;

    private static final CalendarTerm OFFICE = new CalendarTerm(
            "OFFICE",
            "Asia/Jakarta",
            List.of(DayOfWeek.values()).subList(0, 5).stream()
                    .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0)))
                    .toList(),
            List.of());

    private static MeasurableAgreement sla(TargetTerm... targets) {
        return new MeasurableAgreement(
                new AgreementIdentity(
                        OwnerKind.SERVICE_LEVEL_AGREEMENT, SLA_ID, "SLA-FIN", "Finance", 1, "slaman", "admin"),
                DataScope.ofCustomer(3, "FIN", List.of(), List.of()),
                "Asia/Jakarta",
                List.of(targets),
                List.of(),
                List.of(),
                List.of(OFFICE));
    }

    private static SupplierAgreement ola(long id, String reference, AgreementTarget... targets) {
        Supplier team = new Supplier("NET", "Network team", SupplierKind.INTERNAL_SUPPLIER, null);
        SupplierAgreement ola = new SupplierAgreement(reference, "Network", team, "Asia/Jakarta");
        ola.scope(Set.of(), List.of("Network"), Set.of());
        ola.replaceRequirements(List.of(new AgreementRequirement("Keep the network up", null)));
        ola.replaceTargets(List.of(targets));
        ola.replaceRaci(List.of(RaciActivity.of("Incident handling", "A", "R")));
        ola.storedAs(id);
        return ola;
    }

    private static SupplierAgreement agreed(SupplierAgreement agreement) {
        agreement.agree("supman", "Joko", Instant.parse("2026-11-01T00:00:00Z"));
        agreement.activate();
        return agreement;
    }

    private static UnderpinningMap map(List<TargetHandling> targets, List<Underpinning> lines) {
        UnderpinningMap map = new UnderpinningMap(SLA_ID, "SLA-FIN");
        map.replace(targets, lines);
        return map;
    }

    private static AlignmentCheck check() {
        return new AlignmentCheck(TODAY, code -> "OFFICE".equals(code) ? Optional.of(OFFICE) : Optional.empty());
    }

    private static final Validity OPEN = new Validity(LocalDate.of(2026, 1, 1), null, false);

    @Test
    @DisplayName("SUP-7: 98 % under 99.5 % is misaligned with the numbers compared; the finding's key is stable")
    void weakAvailabilityIsAFinding() {
        SupplierAgreement net = agreed(ola(
                40,
                "OLA-NET",
                AgreementTarget.availability("Network up", null, new BigDecimal("98"), MeasurementPeriod.MONTH)));
        List<CheckedVerdict> lines = check().check(
                        sla(TargetTerm.availability("ERP up", null, new BigDecimal("99.5"), MeasurementPeriod.MONTH)),
                        OPEN,
                        map(
                                List.of(new TargetHandling("ERP up", true, 0)),
                                List.of(new Underpinning("ERP up", 40L, "Network up"))),
                        Map.of(40L, net));

        CheckedVerdict availability = lines.stream()
                .filter(l -> l.verdict().rule() == AlignmentRule.AVAILABILITY)
                .findFirst()
                .orElseThrow();
        assertThat(availability.finding()).isTrue();
        assertThat(availability.verdict().alignment()).isEqualTo(Alignment.MISALIGNED);
        assertThat(availability.verdict().arguments())
                .containsExactly("ERP up", new BigDecimal("98.0000"), new BigDecimal("99.5"), 1);
        assertThat(availability.sourceKey(SLA_ID)).isEqualTo("SUP-7|sla:5|ERP up|AVAILABILITY|-|-");
        assertThat(AlignmentTexts.reason(Locale.ENGLISH, availability.verdict()))
                .isEqualTo("ERP up: the 1 supplier availability target(s) together give only 98 %, below the"
                        + " customer's 99.5 %.");
        CheckedVerdict period = lines.stream()
                .filter(l -> l.verdict().rule() == AlignmentRule.PERIOD)
                .findFirst()
                .orElseThrow();
        assertThat(period.agreementId()).isEqualTo(40L);
        assertThat(period.supplierTargets()).containsExactly("Network up");
        assertThat(period.sourceKey(SLA_ID)).isEqualTo("SUP-7|sla:5|ERP up|PERIOD|OLA-NET|Network up");
        assertThat(period.finding()).isFalse();
    }

    @Test
    @DisplayName("SUP-7: the SLA target's calendar and the map's internal handling reach the time rule")
    void handlingTimeAndCalendarAreRead() {
        TargetTerm resolution = TargetTerm.resolution(
                "P1 resolution", "P1", new BigDecimal("8"), new BigDecimal("90"), MeasurementPeriod.MONTH, "OFFICE");
        CustomerTarget customer = AlignmentCheck.customer(
                sla(resolution),
                OPEN,
                resolution,
                map(List.of(new TargetHandling("P1 resolution", true, 90)), List.of()));
        assertThat(customer.calendar()).isEqualTo(OFFICE);
        assertThat(customer.internalHandling()).hasMinutes(90);
        assertThat(customer.needsUnderpinning()).isTrue();
        assertThat(customer.validTo()).isNull();

        // 6 supplier hours on the same office calendar + 1.5 h handling = 7.5 h within the customer's 8 h
        SupplierAgreement net = agreed(ola(
                41,
                "OLA-NET",
                AgreementTarget.resolution(
                        "P1 fix", "P1", new BigDecimal("6"), new BigDecimal("95"), MeasurementPeriod.MONTH, "OFFICE")));
        List<CheckedVerdict> lines = check().check(
                        sla(resolution),
                        OPEN,
                        map(
                                List.of(new TargetHandling("P1 resolution", true, 90)),
                                List.of(new Underpinning("P1 resolution", 41L, "P1 fix"))),
                        Map.of(41L, net));
        assertThat(lines)
                .filteredOn(l ->
                        l.verdict().rule() == AlignmentRule.TIME || l.verdict().rule() == AlignmentRule.SHARE)
                .extracting(l -> l.verdict().alignment())
                .containsExactly(Alignment.ALIGNED, Alignment.ALIGNED);
    }

    @Test
    @DisplayName("SUP-7: a draft agreement does not underpin: noted, and the needed target is not underpinned")
    void draftDoesNotUnderpin() {
        SupplierAgreement draft = ola(
                42,
                "OLA-DRAFT",
                AgreementTarget.availability("Network up", null, new BigDecimal("99.99"), MeasurementPeriod.MONTH));
        List<CheckedVerdict> lines = check().check(
                        sla(TargetTerm.availability("ERP up", null, new BigDecimal("99.5"), MeasurementPeriod.MONTH)),
                        OPEN,
                        map(
                                List.of(new TargetHandling("ERP up", true, 0)),
                                List.of(new Underpinning("ERP up", 42L, "Network up"))),
                        Map.of(42L, draft));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).finding()).isFalse();
        assertThat(AlignmentTexts.reason(
                        Locale.forLanguageTag("id"), lines.get(0).verdict()))
                .isEqualTo(
                        "ERP up: OLA-DRAFT berstatus draf; hanya perjanjian yang disepakati, aktif atau sedang direvisi"
                                + " yang menopang target.");
        assertThat(lines.get(1).verdict().alignment()).isEqualTo(Alignment.NOT_UNDERPINNED);
        assertThat(lines.get(1).finding()).isTrue();
        assertThat(lines.get(1).sourceKey(SLA_ID)).isEqualTo("SUP-7|sla:5|ERP up|UNDERPINNING|-|-");
    }

    @Test
    @DisplayName("SUP-7: a target without a map line needs no underpinning and is aligned")
    void unmappedTargetNeedsNothing() {
        List<CheckedVerdict> lines = check().check(
                        sla(TargetTerm.availability("ERP up", null, new BigDecimal("99.5"), MeasurementPeriod.MONTH)),
                        OPEN,
                        null,
                        Map.of());
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.verdict().reasonKey()).isEqualTo("alignment.underpinning.notNeeded");
            assertThat(l.finding()).isFalse();
        });
    }

    @Test
    @DisplayName("X-5: the alignment texts hold the same keys in English and Bahasa Indonesia")
    void bundlesHaveTheSameKeys() throws java.io.IOException {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties id = new java.util.Properties();
        try (var in = AlignmentTexts.class.getResourceAsStream("AlignmentMessages.properties");
                var inId = AlignmentTexts.class.getResourceAsStream("AlignmentMessages_id.properties")) {
            en.load(in);
            id.load(inId);
        }
        assertThat(id.keySet()).isEqualTo(en.keySet());
    }
}
