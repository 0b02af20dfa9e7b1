package org.sepakat.web.party;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.sepakat.party.boundary.Contacts;
import org.sepakat.party.entity.Contact;
import org.sepakat.party.entity.ContactData;
import org.sepakat.party.entity.ContactRoleKind;
import org.sepakat.party.entity.ServiceRole;
import org.sepakat.party.entity.ServiceRoleData;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.web.shared.Attempt;

/**
 * The people at one customer and their role towards each service the customer takes: users
 * (BRM-2) and interested parties with their interest (BRM-3).
 */
@Named
@ViewScoped
public class CustomerContactsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "tabs:contactForm";

    @Inject
    Contacts contacts;

    @Inject
    CustomerView customerView;

    @Inject
    Attempt attempt;

    private List<Contact> all;
    private Long contactId;
    private Long contactVersion;
    private String name;
    private String email;
    private String phone;
    private Long roleContact;
    private Long roleService;
    private ContactRoleKind roleKind = ContactRoleKind.USER;
    private String roleInterest;

    public List<Contact> getAll() {
        if (all == null) {
            all = contacts.list(customerId(), new PageRequest(0, PageRequest.MAX_SIZE, "name", true, Map.of()))
                    .items();
        }
        return all;
    }

    private Long customerId() {
        return customerView.getId();
    }

    private void changed() {
        all = null;
    }

    public void save() {
        ContactData data = new ContactData(name, email, phone, contactVersion);
        boolean adding = contactId == null;
        if (attempt.run(
                () -> {
                    Contact saved = adding
                            ? contacts.create(customerId(), data)
                            : contacts.update(customerId(), contactId, data);
                    attempt.done(adding ? "party.contact.added" : "party.contact.saved", saved.getName());
                },
                FORM,
                "contact")) {
            cancel();
            changed();
        }
    }

    public void edit(Contact contact) {
        contactId = contact.getId();
        contactVersion = contact.getVersion();
        name = contact.getName();
        email = contact.getEmail();
        phone = contact.getPhone();
    }

    public void cancel() {
        contactId = null;
        contactVersion = null;
        name = null;
        email = null;
        phone = null;
    }

    public void delete(Contact contact) {
        if (attempt.run(() -> contacts.delete(customerId(), contact.getId(), contact.getVersion()))) {
            attempt.done("party.contact.deleted", contact.getName());
            if (contact.getId().equals(contactId)) {
                cancel();
            }
            changed();
        }
    }

    public void assignRole() {
        ServiceRoleData data = new ServiceRoleData(roleService, roleKind, roleInterest);
        if (attempt.run(() -> contacts.assignRole(customerId(), roleContact, data), FORM)) {
            roleService = null;
            roleInterest = null;
            changed();
        }
    }

    public void removeRole(Contact contact, ServiceRole role) {
        if (attempt.run(() -> contacts.removeRole(
                customerId(), contact.getId(), role.getService().getId()))) {
            changed();
        }
    }

    public ContactRoleKind[] getRoleKinds() {
        return ContactRoleKind.values();
    }

    public boolean isEditing() {
        return contactId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getRoleContact() {
        return roleContact;
    }

    public void setRoleContact(Long roleContact) {
        this.roleContact = roleContact;
    }

    public Long getRoleService() {
        return roleService;
    }

    public void setRoleService(Long roleService) {
        this.roleService = roleService;
    }

    public ContactRoleKind getRoleKind() {
        return roleKind;
    }

    public void setRoleKind(ContactRoleKind roleKind) {
        this.roleKind = roleKind;
    }

    public String getRoleInterest() {
        return roleInterest;
    }

    public void setRoleInterest(String roleInterest) {
        this.roleInterest = roleInterest;
    }
}
