package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.supplier.boundary.SupplierContacts;
import org.sepakat.supplier.entity.SupplierContact;
import org.sepakat.supplier.entity.SupplierContactData;
import org.sepakat.web.shared.Attempt;

/** The people at one supplier and their role (SUP-8): added, changed and removed on the supplier's page. */
@Named
@ViewScoped
public class SupplierContactsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "tabs:contactForm";

    @Inject
    SupplierContacts contacts;

    @Inject
    SupplierView supplierView;

    @Inject
    Attempt attempt;

    private List<SupplierContact> all;
    private Long contactId;
    private Long contactVersion;
    private String name;
    private String email;
    private String phone;
    private String role;

    public List<SupplierContact> getAll() {
        if (all == null) {
            all = contacts.list(supplierView.getId(), new PageRequest(0, PageRequest.MAX_SIZE, "name", true, Map.of()))
                    .items();
        }
        return all;
    }

    public void save() {
        SupplierContactData data = new SupplierContactData(name, email, phone, role, contactVersion);
        boolean adding = contactId == null;
        if (attempt.run(
                () -> {
                    SupplierContact saved = adding
                            ? contacts.create(supplierView.getId(), data)
                            : contacts.update(supplierView.getId(), contactId, data);
                    attempt.done("supplier.contact.saved", saved.getName());
                },
                FORM,
                "contact")) {
            cancel();
            all = null;
        }
    }

    public void edit(SupplierContact contact) {
        contactId = contact.getId();
        contactVersion = contact.getVersion();
        name = contact.getName();
        email = contact.getEmail();
        phone = contact.getPhone();
        role = contact.getRole();
    }

    public void cancel() {
        contactId = null;
        contactVersion = null;
        name = null;
        email = null;
        phone = null;
        role = null;
    }

    public void delete(SupplierContact contact) {
        if (attempt.run(() -> contacts.delete(supplierView.getId(), contact.getId(), contact.getVersion()))) {
            attempt.done("supplier.contact.deleted", contact.getName());
            if (contact.getId().equals(contactId)) {
                cancel();
            }
            all = null;
        }
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
