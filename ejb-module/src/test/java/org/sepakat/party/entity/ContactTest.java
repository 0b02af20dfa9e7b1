package org.sepakat.party.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.RuleViolation;

class ContactTest {

    private final Service mail = new Service("EMAIL", "Mail", null, null);
    private final Service erp = new Service("ERP", "ERP", null, null);

    private Contact contactOfCustomerTakingMail() {
        Customer customer = new Customer("FIN", "Finance", CustomerKind.INTERNAL);
        customer.subscribe(mail);
        return new Contact(customer, "Siti", "siti@example.org", null);
    }

    @Test
    @DisplayName("BRM-2: a contact can be a user only of a service the customer takes")
    void roleNeedsATakenService() {
        Contact contact = contactOfCustomerTakingMail();
        assertThatThrownBy(() -> contact.assignRole(erp, ContactRoleKind.USER, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("error.contact.serviceNotTaken");
        contact.assignRole(mail, ContactRoleKind.USER, null);
        assertThat(contact.getRoles()).extracting(ServiceRole::getKind).containsExactly(ContactRoleKind.USER);
    }

    @Test
    @DisplayName("BRM-3: an interested party states its interest; a new role for the same service replaces the old")
    void interestedPartyStatesItsInterest() {
        Contact contact = contactOfCustomerTakingMail();
        assertThatThrownBy(() -> contact.assignRole(mail, ContactRoleKind.INTERESTED_PARTY, "  "))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("BRM-3"));
        contact.assignRole(mail, ContactRoleKind.USER, null);
        contact.assignRole(mail, ContactRoleKind.INTERESTED_PARTY, "Budget owner");
        assertThat(contact.getRoles())
                .singleElement()
                .satisfies(r -> assertThat(r.getInterest()).isEqualTo("Budget owner"));
        assertThat(contact.auditState()).containsEntry("roles", "EMAIL:INTERESTED_PARTY (Budget owner)");
        contact.removeRole(mail);
        assertThat(contact.getRoles()).isEmpty();
    }
}
