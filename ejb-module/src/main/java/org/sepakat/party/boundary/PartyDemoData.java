package org.sepakat.party.boundary;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.sepakat.party.entity.Contact;
import org.sepakat.party.entity.ContactRoleKind;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.party.entity.DemoPartiesLoaded;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.DatabaseReady;

/** Fills an empty register with a small, believable provider so a newcomer has something to click. */
@Stateless
public class PartyDemoData {

    private static final Logger LOG = Logger.getLogger(PartyDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    History history;

    @Inject
    Event<DemoPartiesLoaded> loaded;

    /** Runs before other components' demo data (lower priority first). */
    public void onDatabaseReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) DatabaseReady ready) {
        if (!ready.demoDataWanted()) {
            return;
        }
        long customers = em.createNamedQuery(Customer.COUNT_ALL, Long.class).getSingleResult();
        if (customers > 0) {
            return;
        }
        Map<String, Staff> staff = new HashMap<>();
        String[][] people = {
            {"admin", "Ayu Administrator", "admin@sepakat.example"},
            {"relman", "Rina Relationship", "relman@sepakat.example"},
            {"slaman", "Sari Service Level", "slaman@sepakat.example"},
            {"supman", "Surya Supplier", "supman@sepakat.example"},
            {"auditor", "Adi Auditor", "auditor@sepakat.example"}
        };
        for (String[] p : people) {
            staff.put(p[0], history.created(new Staff(p[0], p[1], p[2])));
        }
        Service mail = service(
                "EMAIL", "Corporate e-mail", "Mailboxes, calendars and shared folders", staff.get("slaman"), true);
        Service erp = service(
                "ERP",
                "ERP (finance and logistics)",
                "Finance, procurement and warehouse modules",
                staff.get("slaman"),
                true);
        Service desk =
                service("SERVICEDESK", "Service desk", "Single point of contact, 24x7", staff.get("admin"), true);
        service("NETWORK", "Wide-area network", "Branch connectivity", staff.get("slaman"), false);

        Customer finance = customer("FIN", "Finance Division", CustomerKind.INTERNAL, staff.get("relman"), mail, erp);
        Customer acme =
                customer("ACME", "PT Acme Logistik Nusantara", CustomerKind.EXTERNAL, staff.get("relman"), mail, desk);
        history.created(new Customer("HR", "Human Resources", CustomerKind.INTERNAL));

        contact(finance, "Siti Rahmawati", "siti@finance.example", erp, ContactRoleKind.USER, null);
        contact(
                finance,
                "Budi Santoso",
                "budi@finance.example",
                mail,
                ContactRoleKind.INTERESTED_PARTY,
                "Approves the e-mail budget");
        contact(acme, "Dewi Lestari", "dewi@acme.example", desk, ContactRoleKind.USER, null);
        LOG.info("Demo data loaded: 5 staff, 4 services, 3 customers, 3 contacts");
        loaded.fire(new DemoPartiesLoaded(
                Map.of(finance.getCode(), finance.getId(), acme.getCode(), acme.getId()),
                Map.of(mail.getCode(), mail.getId(), erp.getCode(), erp.getId(), desk.getCode(), desk.getId()),
                Map.of(finance.getCode(), "Siti Rahmawati", acme.getCode(), "Dewi Lestari")));
    }

    private Service service(String code, String name, String description, Staff owner, boolean live) {
        Service service = new Service(code, name, description, owner);
        if (live) {
            service.launch();
        }
        return history.created(service);
    }

    private Customer customer(String code, String name, CustomerKind kind, Staff manager, Service... services) {
        Customer customer = new Customer(code, name, kind);
        customer.appointManager(manager);
        for (Service service : services) {
            customer.subscribe(service);
        }
        customer.activate();
        return history.created(customer);
    }

    private void contact(
            Customer customer, String name, String email, Service service, ContactRoleKind kind, String interest) {
        Contact contact = new Contact(customer, name, email, null);
        contact.assignRole(service, kind, interest);
        history.created(contact);
    }
}
