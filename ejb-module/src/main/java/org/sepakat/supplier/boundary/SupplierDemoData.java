package org.sepakat.supplier.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.logging.Logger;
import org.sepakat.party.entity.DemoPartiesLoaded;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.terms.AgreementChanged;
import org.sepakat.shared.terms.MeasurementPeriod;
import org.sepakat.shared.terms.OwnerKind;
import org.sepakat.supplier.entity.AgreementRequirement;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.InterfaceData;
import org.sepakat.supplier.entity.Obligation;
import org.sepakat.supplier.entity.ObligationKind;
import org.sepakat.supplier.entity.RaciActivity;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.SmsProcess;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreedVersion;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierContact;
import org.sepakat.supplier.entity.SupplierInterface;
import org.sepakat.supplier.entity.SupplierKind;

/**
 * The demo's suppliers, once the demo parties exist: an external hosting company and the internal
 * network team, both active with all three responsibilities held (SUP-1), each with a contact and an
 * interface (SUP-8); the network team's monthly report is past its review date. The hosting company
 * has an underpinning contract and the network team an OLA, both agreed and active (SUP-2..6, OLA-1).
 */
@Stateless
public class SupplierDemoData {

    private static final String ZONE = "Asia/Jakarta";

    /** The office-hours calendar of the demo (servicelevel's demo data). */
    private static final String OFFICE_CALENDAR = "JKT-OFFICE";

    private static final Logger LOG = Logger.getLogger(SupplierDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    History history;

    @Inject
    Clock clock;

    @Inject
    Event<AgreementChanged> changes;

    public void onDemoParties(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoPartiesLoaded parties) {
        if (!em.createNamedQuery(Supplier.FIND_BY_CODE, Supplier.class)
                .setParameter("code", "HOST-ID")
                .getResultList()
                .isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Staff supman = staff("supman");
        Staff admin = staff("admin");
        Staff slaman = staff("slaman");

        Supplier hosting = active(
                new Supplier("HOST-ID", "PT Awan Nusantara Hosting", SupplierKind.EXTERNAL_SUPPLIER, null),
                supman,
                admin,
                slaman);
        SupplierContact agus = history.created(new SupplierContact(
                hosting, "Agus Wijaya", "agus@awan.example", "+62 21 555 0199", "Service desk lead"));
        define(
                hosting,
                new InterfaceData(
                        "Incident hand-off",
                        "Supplier's service desk portal",
                        agus.getId(),
                        slaman.getId(),
                        "24x7",
                        "Acknowledged within 15 minutes",
                        "https://intranet.example/ola/host-id",
                        supman.getId(),
                        today.plusMonths(3),
                        null),
                agus,
                slaman,
                supman);

        Supplier network = active(
                new Supplier("NET", "Network operations team", SupplierKind.INTERNAL_SUPPLIER, null),
                supman,
                supman,
                supman);
        SupplierContact joko = history.created(
                new SupplierContact(network, "Joko Prasetyo", "joko@sepakat.example", null, "Network operations lead"));
        define(
                network,
                new InterfaceData(
                        "Monthly report",
                        "E-mail",
                        joko.getId(),
                        supman.getId(),
                        "Office hours",
                        "By the fifth working day",
                        "OLA-NET section 4",
                        supman.getId(),
                        today.minusDays(10),
                        null),
                joko,
                supman,
                supman);
        int year = today.getYear();
        List<Long> slaServices =
                List.of(parties.serviceIds().get("EMAIL"), parties.serviceIds().get("ERP"));
        inForce(hostingContract(hosting, year, slaServices), agus, year);
        inForce(networkOla(network, year, parties.serviceIds().get("ERP")), joko, year);
        LOG.info("Demo data loaded: 2 suppliers, 2 supplier contacts, 2 interfaces, 1 contract, 1 OLA");
    }

    /**
     * The hosting company's contract: tacit renewal, a year at a time, three months' notice; it holds up
     * the demo SLA's availability round the clock and its P1 resolution in office hours.
     */
    private SupplierAgreement hostingContract(Supplier hosting, int year, List<Long> slaServices) {
        String sla = "SLA-FIN-" + year;
        SupplierAgreement contract =
                new SupplierAgreement("UC-HOST-" + year, "ERP and e-mail hosting " + year, hosting, ZONE);
        contract.scope(
                slaServices, List.of("ERP database hosting"), List.of(SmsProcess.SERVICE_AVAILABILITY_MANAGEMENT));
        contract.replaceRequirements(List.of(
                new AgreementRequirement("ERP and e-mail servers hosted in a Tier III data centre in Jakarta", sla),
                new AgreementRequirement(
                        "Priority 1 incidents handed over to the provider's service desk at once", sla)));
        contract.replaceTargets(List.of(
                AgreementTarget.availability(
                        "Hosting availability", null, new BigDecimal("99.95"), MeasurementPeriod.MONTH),
                AgreementTarget.resolution(
                        "P1 resolution",
                        "P1",
                        new BigDecimal("4"),
                        new BigDecimal("90"),
                        MeasurementPeriod.MONTH,
                        OFFICE_CALENDAR)));
        contract.replaceObligations(List.of(new Obligation(
                ObligationKind.OBLIGATION,
                "Monthly availability and incident report",
                "Monthly",
                "Report by the fifth working day")));
        contract.replaceRaci(List.of(
                RaciActivity.of("Restore the hosting platform", "A", "R"),
                RaciActivity.of("Report availability each month", "I", "RA"),
                RaciActivity.of("Approve changes to the platform", "A", "RC")));
        contract.setCommercialTerms(new CommercialTerms(
                new BigDecimal("480000000"),
                Currency.getInstance("IDR"),
                LocalDate.of(year, 1, 1),
                Period.ofYears(1),
                RenewalKind.TACIT,
                Period.ofYears(1),
                Period.ofMonths(3)));
        return contract;
    }

    /**
     * The network team's OLA: 98 % availability a month, deliberately below what the demo SLA needs, so the
     * alignment check has a misalignment to show at once.
     */
    private SupplierAgreement networkOla(Supplier network, int year, Long erp) {
        SupplierAgreement ola =
                new SupplierAgreement("OLA-NET-" + year, "Network for the finance systems " + year, network, ZONE);
        ola.scope(List.of(erp), List.of("Office network and VPN"), List.of(SmsProcess.INCIDENT_MANAGEMENT));
        ola.replaceRequirements(List.of(new AgreementRequirement(
                "The office network and the VPN to the data centre carry the ERP traffic", "SLA-FIN-" + year)));
        ola.replaceTargets(List.of(AgreementTarget.availability(
                "Network availability", null, new BigDecimal("98"), MeasurementPeriod.MONTH)));
        ola.replaceObligations(List.of(
                new Obligation(
                        ObligationKind.COMMITMENT,
                        "Network incidents of priority 1 taken up within 30 minutes",
                        null,
                        "Ticket history"),
                new Obligation(ObligationKind.ACTIVITY, "Patch the core switches", "Quarterly", "Change records")));
        ola.replaceRaci(List.of(
                RaciActivity.of("Restore the network", "A", "R"), RaciActivity.of("Plan network changes", "AC", "R")));
        return ola;
    }

    /** Signed by supplier manager and the supplier's contact, in force from January, and active. */
    private void inForce(SupplierAgreement agreement, SupplierContact signatory, int year) {
        agreement.agree("supman", signatory.getName(), clock.instant());
        history.created(agreement);
        em.persist(new SupplierAgreedVersion(agreement, YearMonth.of(year, 1)));
        history.change(agreement, SupplierAgreement::activate);
        changes.fire(new AgreementChanged(OwnerKind.SUPPLIER_AGREEMENT, agreement.getId()));
    }

    private Staff staff(String username) {
        return em.createNamedQuery(Staff.FIND_BY_USERNAME, Staff.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    private Supplier active(Supplier supplier, Staff relationship, Staff contract, Staff performance) {
        supplier.appoint(relationship, Responsibility.RELATIONSHIP);
        supplier.appoint(contract, Responsibility.CONTRACT);
        supplier.appoint(performance, Responsibility.PERFORMANCE);
        supplier.activate();
        return history.created(supplier);
    }

    private void define(Supplier supplier, InterfaceData data, SupplierContact theirs, Staff ours, Staff owner) {
        SupplierInterface defined = new SupplierInterface(supplier);
        defined.describe(data, theirs, ours, owner);
        history.created(defined);
    }
}
