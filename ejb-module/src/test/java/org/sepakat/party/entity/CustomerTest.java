package org.sepakat.party.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.RuleViolation;

class CustomerTest {

    private final Staff rina = new Staff("relman", "Rina", "rina@example.org");
    private final Staff ayu = new Staff("admin", "Ayu", null);

    private Customer prospect() {
        return new Customer("FIN", "Finance", CustomerKind.INTERNAL);
    }

    @Test
    @DisplayName("BRM-4: a prospect without a relationship manager cannot be made active")
    void activationWithoutManagerIsRefused() {
        Customer customer = prospect();
        assertThatThrownBy(customer::activate)
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("error.customer.noManager")
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("BRM-4"));
        assertThat(customer.getStatus()).isEqualTo(CustomerStatus.PROSPECT);
    }

    @Test
    @DisplayName("BRM-4: with a manager the customer becomes active, then inactive, then active again")
    void lifecycleWithManager() {
        Customer customer = prospect();
        customer.appointManager(rina);
        customer.activate();
        assertThat(customer.getStatus()).isEqualTo(CustomerStatus.ACTIVE);
        customer.deactivate();
        assertThat(customer.getStatus()).isEqualTo(CustomerStatus.INACTIVE);
        customer.activate();
        assertThat(customer.getStatus()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void illegalTransitionsAreRefused() {
        Customer customer = prospect();
        assertThatThrownBy(customer::deactivate).isInstanceOf(RuleViolation.class);
        customer.appointManager(rina);
        customer.activate();
        assertThatThrownBy(customer::activate).isInstanceOf(RuleViolation.class);
    }

    @Test
    @DisplayName("BRM-4: the last manager of an active customer cannot be withdrawn, one of two can")
    void lastManagerStays() {
        Customer customer = prospect();
        customer.appointManager(rina);
        customer.appointManager(ayu);
        customer.activate();
        customer.withdrawManager(ayu);
        assertThat(customer.getManagers()).containsExactly(rina);
        assertThatThrownBy(() -> customer.withdrawManager(rina)).isInstanceOf(RuleViolation.class);
        assertThat(customer.getManagers()).containsExactly(rina);
    }

    @Test
    @DisplayName("BRM-1: a retired service cannot be taken; the audit state lists services and managers sorted")
    void servicesAndAuditState() {
        Customer customer = prospect();
        Service mail = new Service("EMAIL", "Mail", null, null);
        Service erp = new Service("ERP", "ERP", null, null);
        Service old = new Service("OLD", "Old", null, null);
        old.retire();
        customer.subscribe(erp);
        customer.subscribe(mail);
        assertThatThrownBy(() -> customer.subscribe(old)).isInstanceOf(RuleViolation.class);
        customer.appointManager(rina);
        assertThat(customer.auditState())
                .containsEntry("services", "EMAIL, ERP")
                .containsEntry("managers", "relman")
                .containsEntry("status", "PROSPECT");
    }

    @Test
    @DisplayName("BRM-4: the managers of a customer change by its managers; the first one by whoever recorded it")
    void onlyManagersChangeManagers() {
        Customer customer = prospect();
        customer.stampCreated("relman", Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(customer.managersChangeableBy("relman"))
                .as("recorded it, nobody manages it yet")
                .isTrue();
        assertThat(customer.managersChangeableBy("other"))
                .as("a prospect nobody manages is not up for grabs")
                .isFalse();
        customer.appointManager(ayu);
        assertThat(customer.managersChangeableBy("relman"))
                .as("recording it gives no say once it has a manager")
                .isFalse();
        assertThat(customer.managersChangeableBy("admin"))
                .as("an appointed manager")
                .isTrue();
        assertThat(customer.managersChangeableBy(null)).isFalse();
    }
}
