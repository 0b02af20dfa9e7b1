package org.sepakat.it.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.RunAs;
import org.sepakat.it.support.Unique;
import org.sepakat.party.boundary.Contacts;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Contact;
import org.sepakat.party.entity.ContactData;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerData;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.party.entity.CustomerStatus;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.ChangeKind;
import org.sepakat.shared.entity.ConcurrentEdit;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RuleViolation;

/** The party boundaries inside the server, on the configured database (Derby, then PostgreSQL). */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class CustomersBoundaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(CustomersBoundaryIT.class);
    }

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    StaffDirectory staff;

    @Inject
    History history;

    @Inject
    RunAs runAs;

    @BeforeEach
    void signIn() throws Exception {
        runAs.user(DemoUsers.RELMAN);
    }

    @AfterEach
    void signOut() throws Exception {
        runAs.nobody();
    }

    private Customer newCustomer() {
        return customers.create(new CustomerData(Unique.code("IT"), "Kantor Wilayah", CustomerKind.INTERNAL, null));
    }

    @Test
    @DisplayName("X-1: a concurrent edit of the same customer fails with a conflict and the first write is kept")
    void secondOfTwoConcurrentEditsIsRefused() {
        Customer customer = newCustomer();
        long readByBoth = customer.getVersion();

        customers.update(
                customer.getId(),
                new CustomerData(customer.getCode(), "First editor", CustomerKind.INTERNAL, readByBoth));

        assertThatThrownBy(() -> customers.update(
                        customer.getId(),
                        new CustomerData(customer.getCode(), "Second editor", CustomerKind.EXTERNAL, readByBoth)))
                .isInstanceOf(ConcurrentEdit.class);
        Customer stored = customers.find(customer.getId());
        assertThat(stored.getName()).isEqualTo("First editor");
        assertThat(stored.getKind()).isEqualTo(CustomerKind.INTERNAL);
    }

    @Test
    @DisplayName("X-1: every change writes history rows with who, which field, old and new value")
    void changesAreKeptInTheHistory() {
        Customer customer = newCustomer();
        customers.update(
                customer.getId(),
                new CustomerData(customer.getCode(), "Kantor Pusat", CustomerKind.EXTERNAL, customer.getVersion()));

        List<HistoryEntry> rows = history.of("Customer", customer.getId());
        assertThat(rows)
                .filteredOn(h -> h.getChangeKind() == ChangeKind.CHANGED)
                .extracting(
                        HistoryEntry::getFieldName,
                        HistoryEntry::getOldValue,
                        HistoryEntry::getNewValue,
                        HistoryEntry::getChangedBy)
                .containsExactlyInAnyOrder(
                        tuple("name", "Kantor Wilayah", "Kantor Pusat", "relman"),
                        tuple("kind", "INTERNAL", "EXTERNAL", "relman"));
        assertThat(rows)
                .filteredOn(h -> h.getChangeKind() == ChangeKind.CREATED)
                .extracting(HistoryEntry::getFieldName)
                .contains("code", "name", "kind", "status");
    }

    @Test
    @DisplayName(
            "Issue 12 §5: names sort case-insensitively in the database, and the history is searched by a time range")
    void namesSortWhateverTheirCaseAndHistoryByTimeRange() throws Exception {
        runAs.user(DemoUsers.ADMIN);
        String prefix = Unique.code("CI");
        Instant before = Instant.now().minusSeconds(1);
        for (String name : List.of("beta", "Gamma", "alpha", "Delta")) {
            customers.create(new CustomerData(prefix + "-" + name.toUpperCase(), name, CustomerKind.EXTERNAL, null));
        }
        Instant after = Instant.now().plusSeconds(1);

        assertThat(customers
                        .list(new PageRequest(0, 10, "name", true, Map.of("code", prefix)))
                        .items())
                .extracting(Customer::getName)
                .containsExactly("alpha", "beta", "Delta", "Gamma");
        assertThat(customers
                        .list(new PageRequest(0, 10, "name", false, Map.of("code", prefix)))
                        .items())
                .extracting(Customer::getName)
                .containsExactly("Gamma", "Delta", "beta", "alpha");

        Map<String, String> named = Map.of("recordKey", prefix, "fieldName", "name");
        assertThat(history.search(new PageRequest(0, 10, null, true, with(named, "changedFrom", before.toString())))
                        .total())
                .isEqualTo(4);
        assertThat(history.search(new PageRequest(0, 10, null, true, with(named, "changedBefore", after.toString())))
                        .total())
                .isEqualTo(4);
        assertThat(history.search(new PageRequest(0, 10, null, true, with(named, "changedFrom", after.toString())))
                        .total())
                .isZero();
        assertThat(history.search(new PageRequest(0, 10, null, true, with(named, "changedBefore", before.toString())))
                        .total())
                .isZero();
        assertThatThrownBy(() -> history.search(new PageRequest(0, 10, null, true, Map.of("changedFrom", "yesterday"))))
                .isInstanceOf(InvalidInput.class);
    }

    private static Map<String, String> with(Map<String, String> filters, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(filters);
        all.put(name, value);
        return all;
    }

    @Test
    @DisplayName("BRM-4: a customer cannot be made active without a relationship manager; with one it can")
    void activationNeedsAManager() {
        Customer customer = newCustomer();
        assertThatThrownBy(() -> customers.activate(customer.getId(), customer.getVersion()))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("BRM-4"));
        assertThat(customers.find(customer.getId()).getStatus()).isEqualTo(CustomerStatus.PROSPECT);

        Long relman = staff.byUsername("relman").orElseThrow().getId();
        Customer withManager = customers.appointManager(customer.getId(), relman);
        Customer active = customers.activate(customer.getId(), withManager.getVersion());
        assertThat(active.getStatus()).isEqualTo(CustomerStatus.ACTIVE);
        assertThatThrownBy(() -> customers.withdrawManager(customer.getId(), relman))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    @DisplayName("Invalid input stores nothing and names the field")
    void invalidInputStoresNothing() {
        String code = Unique.code("BAD");
        assertThatThrownBy(() -> customers.create(new CustomerData(code, " ", null, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(p -> p.field())
                        .contains("name", "kind"));
        assertThat(customers
                        .list(new PageRequest(0, 5, null, true, Map.of("code", code)))
                        .total())
                .isZero();
        Customer customer = newCustomer();
        assertThatThrownBy(() -> contacts.create(customer.getId(), new ContactData("Ani", "not-an-email", null, null)))
                .isInstanceOf(InvalidInput.class);
        Contact contact =
                contacts.create(customer.getId(), new ContactData("Ani", "ani@contoh.example", "021 555", null));
        assertThat(contacts.list(customer.getId(), PageRequest.firstPage(10)).items())
                .extracting(Contact::getName)
                .containsExactly(contact.getName());
    }

    @Test
    @DisplayName("X-4: the auditor reads but cannot change")
    void auditorCannotWrite() throws Exception {
        Customer customer = newCustomer();
        runAs.user(DemoUsers.AUDITOR);
        assertThat(customers.find(customer.getId()).getCode()).isEqualTo(customer.getCode());
        assertThatThrownBy(
                        () -> customers.create(new CustomerData(Unique.code("AUD"), "x", CustomerKind.INTERNAL, null)))
                .isInstanceOf(EJBAccessException.class);
    }
}
