package org.sepakat.supplier.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.sepakat.party.entity.DemoPartiesLoaded;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.History;
import org.sepakat.supplier.entity.InterfaceData;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierContact;
import org.sepakat.supplier.entity.SupplierInterface;
import org.sepakat.supplier.entity.SupplierKind;

/**
 * The demo's suppliers, once the demo parties exist: an external hosting company and the internal
 * network team, both active with all three responsibilities held (SUP-1), each with a contact and an
 * interface (SUP-8); the network team's monthly report is past its review date.
 */
@Stateless
public class SupplierDemoData {

    private static final Logger LOG = Logger.getLogger(SupplierDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    History history;

    @Inject
    Clock clock;

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
        LOG.info("Demo data loaded: 2 suppliers, 2 supplier contacts, 2 interfaces");
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
