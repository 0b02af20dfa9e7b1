package org.sepakat.supplier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;

class SupplierTest {

    private final Staff sari = new Staff("supman", "Sari", "sari@example.org");
    private final Staff budi = new Staff("admin", "Budi", null);

    private Supplier prospect() {
        return new Supplier("HOST-ID", "PT Awan Nusantara Hosting", SupplierKind.EXTERNAL_SUPPLIER, null);
    }

    @Test
    @DisplayName("SUP-1: activation is refused naming the first responsibility nobody holds")
    void activationNamesTheMissingResponsibility() {
        Supplier supplier = prospect();
        supplier.appoint(sari, Responsibility.RELATIONSHIP);
        assertThatThrownBy(supplier::activate).isInstanceOf(RuleViolation.class).satisfies(e -> {
            RuleViolation v = (RuleViolation) e;
            assertThat(v.rule()).isEqualTo("SUP-1");
            assertThat(v.messageKey()).isEqualTo("error.supplier.missingResponsibility");
            assertThat(v.arguments()).containsExactly("HOST-ID", Responsibility.CONTRACT);
        });
        supplier.appoint(sari, Responsibility.CONTRACT);
        assertThatThrownBy(supplier::activate)
                .satisfies(e -> assertThat(((RuleViolation) e).arguments()).contains(Responsibility.PERFORMANCE));
        assertThat(supplier.getStatus()).isEqualTo(SupplierStatus.PROSPECT);
    }

    @Test
    @DisplayName("SUP-1: one person may hold all three responsibilities; then prospect → active → inactive → active")
    void lifecycleWithAllResponsibilities() {
        Supplier supplier = prospect();
        for (Responsibility r : Responsibility.values()) {
            supplier.appoint(sari, r);
        }
        assertThat(supplier.missingResponsibilities()).isEmpty();
        supplier.activate();
        assertThat(supplier.getStatus()).isEqualTo(SupplierStatus.ACTIVE);
        supplier.deactivate();
        assertThat(supplier.getStatus()).isEqualTo(SupplierStatus.INACTIVE);
        supplier.activate();
        assertThat(supplier.getStatus()).isEqualTo(SupplierStatus.ACTIVE);
        assertThat(supplier.isDeletable()).isFalse();
    }

    @Test
    void illegalTransitionsAreRefused() {
        Supplier supplier = prospect();
        assertThatThrownBy(supplier::deactivate)
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("error.supplier.transition");
        for (Responsibility r : Responsibility.values()) {
            supplier.appoint(budi, r);
        }
        supplier.activate();
        assertThatThrownBy(supplier::activate).hasMessageContaining("error.supplier.transition");
    }

    @Test
    @DisplayName("SUP-1: the last holder of a responsibility of an active supplier cannot go; one of two can")
    void lastHolderStays() {
        Supplier supplier = prospect();
        for (Responsibility r : Responsibility.values()) {
            supplier.appoint(sari, r);
        }
        supplier.appoint(budi, Responsibility.CONTRACT);
        supplier.activate();
        supplier.withdraw(budi, Responsibility.CONTRACT);
        assertThatThrownBy(() -> supplier.withdraw(sari, Responsibility.CONTRACT))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("error.supplier.lastHolder");
        assertThat(supplier.getManagers())
                .extracting(SupplierManager::getResponsibility)
                .containsExactly(Responsibility.RELATIONSHIP, Responsibility.CONTRACT, Responsibility.PERFORMANCE);
    }

    @Test
    @DisplayName("SUP-1: a customer acting as a supplier names the customer; other kinds keep none")
    void customerKindNeedsTheCustomer() {
        assertThatThrownBy(() -> new Supplier("FIN-SUP", "Finance", SupplierKind.CUSTOMER_AS_SUPPLIER, null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(p -> p.field())
                        .containsExactly("customerId"));
        Supplier internal = new Supplier("NET", "Network team", SupplierKind.INTERNAL_SUPPLIER, 7L);
        assertThat(internal.getCustomerId()).isNull();
        assertThat(new Supplier("FIN-SUP", "Finance", SupplierKind.CUSTOMER_AS_SUPPLIER, 7L).getCustomerId())
                .isEqualTo(7L);
    }

    @Test
    @DisplayName("SUP-8: an interface is overdue the day after its review date, not on it")
    void interfaceOverdueAfterItsReviewDate() {
        Supplier supplier = prospect();
        SupplierInterface handOff = new SupplierInterface(supplier);
        LocalDate review = LocalDate.of(2026, 11, 30);
        handOff.describe(
                new InterfaceData("Incident hand-off", "Portal", null, null, "24x7", "15 min", null, 1L, review, null),
                null,
                null,
                sari);
        assertThat(handOff.isOverdueOn(review)).isFalse();
        assertThat(handOff.isOverdueOn(review.plusDays(1))).isTrue();
    }

    @Test
    @DisplayName("SUP-8: an interface cannot name another supplier's contact")
    void interfaceNamesOnlyItsSuppliersContacts() {
        Supplier other = new Supplier("NET", "Network team", SupplierKind.INTERNAL_SUPPLIER, null);
        SupplierContact stranger = new SupplierContact(other, "Joko", null, null, null);
        SupplierInterface handOff = new SupplierInterface(prospect());
        InterfaceData data =
                new InterfaceData("Escalation", null, 1L, null, null, null, null, 1L, LocalDate.of(2027, 1, 1), null);
        assertThatThrownBy(() -> handOff.describe(data, stranger, null, sari))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("error.invalidInput");
    }
}
