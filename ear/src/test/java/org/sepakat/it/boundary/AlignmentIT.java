package org.sepakat.it.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
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
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.ContactData;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerData;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.party.entity.ServiceData;
import org.sepakat.risk.boundary.Risks;
import org.sepakat.risk.entity.Risk;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ExceptionsData;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaData;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.ConcurrentEdit;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.TargetData;
import org.sepakat.shared.terms.Comparison;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.TargetMetric;
import org.sepakat.supplier.boundary.Alignments;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.boundary.SupplierContacts;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.boundary.Underpinnings;
import org.sepakat.supplier.entity.AlignmentLine;
import org.sepakat.supplier.entity.SigningData;
import org.sepakat.supplier.entity.SlaAlignment;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierAgreementData;
import org.sepakat.supplier.entity.UnderpinningData;
import org.sepakat.supplier.entity.UnderpinningMap;

/**
 * SUP-7: the underpinning map and the alignment check inside the server, on the configured database
 * (Derby, then PostgreSQL): each change re-runs the check after its commit, one risk per finding.
 */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class AlignmentIT {

    private static final String SLA_TARGET = "ERP availability";
    private static final String NET_TARGET = "Network availability";

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(AlignmentIT.class);
    }

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    ServiceCatalogue services;

    @Inject
    StaffDirectory staff;

    @Inject
    Suppliers suppliers;

    @Inject
    SupplierContacts supplierContacts;

    @Inject
    SupplierAgreements agreements;

    @Inject
    Underpinnings underpinnings;

    @Inject
    Alignments alignments;

    @Inject
    Risks risks;

    @Inject
    History history;

    @Inject
    RunAs runAs;

    @AfterEach
    void signOut() throws Exception {
        runAs.nobody();
    }

    private SlaData sla(String reference, Customer customer, Long serviceId, String threshold, Long version) {
        return new SlaData(
                reference,
                "ERP SLA",
                customer.getId(),
                List.of(serviceId),
                "ERP for finance",
                null,
                null,
                ReviewCadence.QUARTERLY,
                "Asia/Jakarta",
                List.of(new TargetData(
                        SLA_TARGET,
                        TargetMetric.AVAILABILITY,
                        Comparison.AT_LEAST,
                        new BigDecimal(threshold),
                        null,
                        MeasurementPeriod.MONTH,
                        null,
                        null,
                        null,
                        null,
                        null)),
                List.of(),
                new ExceptionsData(List.of(), List.of("waiting for customer"), null, true),
                version);
    }

    private SupplierAgreementData ola(String reference, Long supplierId, String availability, Long version) {
        return new SupplierAgreementData(
                reference,
                "Network OLA",
                supplierId,
                "Asia/Jakarta",
                null,
                null,
                List.of(),
                List.of("Campus network"),
                List.of(),
                List.of(new SupplierAgreementData.RequirementData("Keep the network up", null)),
                List.of(new TargetData(
                        NET_TARGET,
                        TargetMetric.AVAILABILITY,
                        Comparison.AT_LEAST,
                        new BigDecimal(availability),
                        null,
                        MeasurementPeriod.MONTH,
                        null,
                        null,
                        null,
                        null,
                        null)),
                List.of(),
                List.of(new SupplierAgreementData.RaciData("Incident handling", "A", "R")),
                null,
                version);
    }

    private record Setup(long slaId, long agreementId, long supplierId, long contactId) {}

    /** An SLA of 99.5 % and an agreed OLA of the demo's network team promising {@code availability} %. */
    private Setup setUp(String availability) throws Exception {
        runAs.user(DemoUsers.ADMIN);
        Long serviceId = services.create(new ServiceData(Unique.code("SVC"), "ERP", null, null, null))
                .getId();
        Customer customer =
                customers.create(new CustomerData(Unique.code("ALC"), "Biro Keuangan", CustomerKind.INTERNAL, null));
        customers.subscribe(customer.getId(), serviceId);
        contacts.create(customer.getId(), new ContactData("Wati", null, null, null));
        Supplier net = suppliers
                .list(new PageRequest(0, 1, null, true, Map.of("code", "NET")))
                .items()
                .get(0);
        long contactId = supplierContacts
                .list(net.getId(), PageRequest.firstPage(1))
                .items()
                .get(0)
                .getId();
        runAs.user(DemoUsers.SLAMAN);
        ServiceLevelAgreement created = slas.create(sla(Unique.code("SLA-AL"), customer, serviceId, "99.5", null));
        runAs.user(DemoUsers.SUPMAN);
        SupplierAgreement ola = agreements.create(ola(Unique.code("OLA-AL"), net.getId(), availability, null));
        agreements.agree(ola.getId(), new SigningData(supmanId(), contactId, null, ola.getVersion()));
        return new Setup(created.getId(), ola.getId(), net.getId(), contactId);
    }

    private Long supmanId() {
        return staff.byUsername(DemoUsers.SUPMAN).orElseThrow().getId();
    }

    private UnderpinningData underpin(Setup setup, long version) {
        return new UnderpinningData(
                List.of(new UnderpinningData.Need(SLA_TARGET, true, null)),
                List.of(new UnderpinningData.Entry(SLA_TARGET, setup.agreementId(), NET_TARGET)),
                version);
    }

    private List<Risk> openRisks(long slaId) {
        return risks.openUnder("SUP-7|sla:" + slaId + "|");
    }

    private static AlignmentLine line(SlaAlignment table, String rule) {
        return table.lines().stream()
                .filter(l -> l.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("SUP-7: a too weak supplier target opens exactly one risk; changing the SLA again still leaves one;"
            + " fixing the supplier target marks it aligned, and the risk says so")
    void misalignmentOpensOneRiskUntilFixed() throws Exception {
        Setup setup = setUp("98");
        runAs.user(DemoUsers.SLAMAN);
        underpinnings.replace(setup.slaId(), underpin(setup, 0));

        SlaAlignment table = alignments.ofSla(setup.slaId(), Locale.ENGLISH);
        AlignmentLine availability = line(table, "AVAILABILITY");
        assertThat(availability.verdict()).isEqualTo("MISALIGNED");
        assertThat(availability.reason())
                .isEqualTo(SLA_TARGET + ": the 1 supplier availability target(s) together give only 98 %, below the"
                        + " customer's 99.5 %.");
        assertThat(availability.numbers()).containsExactly("98", "99.5", "1");
        List<Risk> open = openRisks(setup.slaId());
        assertThat(open).singleElement().satisfies(risk -> {
            assertThat(risk.getOwner()).isEqualTo(DemoUsers.SLAMAN);
            assertThat(risk.getSlaTarget()).isEqualTo(SLA_TARGET);
            assertThat(risk.getFinding()).contains("98 %", "99.5 %");
        });
        assertThat(availability.riskNumber()).isEqualTo(open.get(0).getNumber());
        assertThat(history.of("Risk", open.get(0).getId()))
                .as("the check opened the risk, not the administrator identity it runs under")
                .extracting(HistoryEntry::getChangedBy)
                .isNotEmpty()
                .containsOnly(Risks.ALIGNMENT_CHECK);
        assertThat(alignments.ofSla(setup.slaId(), Locale.forLanguageTag("id")).lines().stream()
                        .filter(l -> l.rule().equals("AVAILABILITY"))
                        .findFirst()
                        .orElseThrow()
                        .reason())
                .contains("hanya menghasilkan 98 %");

        // the SLA changes again (99.6 %): the check runs after the commit and finds the same misalignment
        ServiceLevelAgreement stored = slas.find(setup.slaId());
        Customer customer = customers.find(stored.getCustomerId());
        slas.update(
                setup.slaId(),
                sla(
                        stored.getReference(),
                        customer,
                        stored.getServices().get(0).getServiceId(),
                        "99.6",
                        stored.getVersion()));
        assertThat(openRisks(setup.slaId())).singleElement().satisfies(risk -> {
            assertThat(risk.getId()).isEqualTo(open.get(0).getId());
            assertThat(risk.getFinding()).contains("99.6 %");
        });

        // the supplier target is fixed: a revision promising 99.9 %, agreed again
        runAs.user(DemoUsers.SUPMAN);
        SupplierAgreement revising = agreements.startRevision(
                setup.agreementId(), agreements.find(setup.agreementId()).getVersion());
        SupplierAgreement revised = agreements.update(
                setup.agreementId(), ola(revising.getReference(), setup.supplierId(), "99.9", revising.getVersion()));
        agreements.agree(
                setup.agreementId(), new SigningData(supmanId(), setup.contactId(), null, revised.getVersion()));

        runAs.user(DemoUsers.SLAMAN);
        assertThat(line(alignments.ofSla(setup.slaId(), Locale.ENGLISH), "AVAILABILITY")
                        .verdict())
                .isEqualTo("ALIGNED");
        Risk aligned = risks.find(open.get(0).getId());
        assertThat(aligned.isAligned()).isTrue();
        assertThat(aligned.getAlignedEvidence()).contains("found this aligned");
        assertThat(history.of("Risk", aligned.getId()))
                .extracting(HistoryEntry::getChangedBy)
                .containsOnly(Risks.ALIGNMENT_CHECK);
    }

    @Test
    @DisplayName("SUP-7: a map replaced at an old version is refused and nothing of it is kept; each change is in the"
            + " history; an unknown supplier target is refused naming the line")
    void concurrentMapEditIsRefused() throws Exception {
        Setup setup = setUp("99.9");
        runAs.user(DemoUsers.SLAMAN);
        UnderpinningMap first = underpinnings.replace(setup.slaId(), underpin(setup, 0));
        long read = first.getVersion();
        underpinnings.replace(
                setup.slaId(),
                new UnderpinningData(List.of(new UnderpinningData.Need(SLA_TARGET, true, 30)), List.of(), read));

        assertThatThrownBy(() -> underpinnings.replace(setup.slaId(), underpin(setup, read)))
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(underpinnings.of(setup.slaId()).getUnderpinnings()).isEmpty();

        UnderpinningMap now = underpinnings.of(setup.slaId());
        assertThatThrownBy(() -> underpinnings.replace(
                        setup.slaId(),
                        new UnderpinningData(
                                List.of(),
                                List.of(
                                        new UnderpinningData.Entry(SLA_TARGET, setup.agreementId(), NET_TARGET),
                                        new UnderpinningData.Entry(SLA_TARGET, setup.agreementId(), "No such")),
                                now.getVersion())))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field())
                                .containsExactly("entries[1].supplierTarget"));

        List<HistoryEntry> entries = history.of("UnderpinningMap", now.getId());
        assertThat(entries)
                .extracting(HistoryEntry::getChangeKind)
                .map(Object::toString)
                .contains("CREATED", "CHANGED");
        assertThat(entries)
                .filteredOn(e -> e.getFieldName().equals("internalHandling: " + SLA_TARGET))
                .extracting(HistoryEntry::getNewValue)
                .contains("0", "30");
        assertThat(entries)
                .filteredOn(e -> e.getFieldName().equals("underpinningNeed: " + SLA_TARGET))
                .extracting(HistoryEntry::getNewValue)
                .containsExactly("UNDERPINNING_NEEDED");
        runAs.user(DemoUsers.SUPMAN);
        String reference = agreements.find(setup.agreementId()).getReference();
        assertThat(entries)
                .filteredOn(e -> e.getFieldName().equals("underpinnedBy: " + SLA_TARGET))
                .extracting(HistoryEntry::getNewValue)
                .as("the agreement by its reference, not its id")
                .contains(reference + " / " + NET_TARGET);
    }
}
