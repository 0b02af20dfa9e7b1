package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.InvalidInput;

/**
 * SUP-8: one defined interface with a supplier (an incident hand-off, a change request, a monthly
 * report, an escalation): what passes, the channel, the people on each side, the hours and the
 * expected response, and the document that describes it. Its owner reviews it by the next-review
 * date; after that date it is overdue.
 */
@Entity
@Table(name = "sup_interface")
@NamedQuery(
        name = SupplierInterface.COUNT_BY_SUPPLIER,
        query = "SELECT COUNT(i) FROM SupplierInterface i WHERE i.supplier = :supplier")
@NamedQuery(
        name = SupplierInterface.COUNT_BY_CONTACT,
        query = "SELECT COUNT(i) FROM SupplierInterface i WHERE i.supplierContact = :contact")
public class SupplierInterface extends AuditedEntity {

    public static final String COUNT_BY_SUPPLIER = "SupplierInterface.countBySupplier";
    public static final String COUNT_BY_CONTACT = "SupplierInterface.countByContact";

    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(nullable = false, length = 200)
    private String exchange;

    @Column(length = 200)
    private String channel;

    @ManyToOne
    @JoinColumn(name = "supplier_contact_id")
    private SupplierContact supplierContact;

    @ManyToOne
    @JoinColumn(name = "our_contact_id")
    private Staff ourContact;

    @Column(length = 200)
    private String hours;

    @Column(name = "expected_response", length = 200)
    private String expectedResponse;

    @Column(length = 500)
    private String document;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Staff owner;

    @Column(name = "next_review", nullable = false)
    private LocalDate nextReview;

    protected SupplierInterface() {}

    public SupplierInterface(Supplier supplier) {
        this.supplier = Objects.requireNonNull(supplier);
    }

    /** The people are already loaded; the supplier's contact must be one of this supplier's. */
    public void describe(InterfaceData data, SupplierContact theirs, Staff ours, Staff owner) {
        if (theirs != null && !theirs.getSupplier().equals(supplier)) {
            throw InvalidInput.of("supplierContactId", "error.interface.foreignContact", supplier.getCode());
        }
        this.exchange = Objects.requireNonNull(data.exchange()).trim();
        this.channel = SupplierContact.blankAsNull(data.channel());
        this.supplierContact = theirs;
        this.ourContact = ours;
        this.hours = SupplierContact.blankAsNull(data.hours());
        this.expectedResponse = SupplierContact.blankAsNull(data.expectedResponse());
        this.document = SupplierContact.blankAsNull(data.document());
        this.owner = Objects.requireNonNull(owner);
        this.nextReview = Objects.requireNonNull(data.nextReview());
    }

    /** SUP-8: the review date has passed without a review. */
    public boolean isOverdueOn(LocalDate today) {
        return nextReview.isBefore(today);
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getExchange() {
        return exchange;
    }

    public String getChannel() {
        return channel;
    }

    public SupplierContact getSupplierContact() {
        return supplierContact;
    }

    public Staff getOurContact() {
        return ourContact;
    }

    public String getHours() {
        return hours;
    }

    public String getExpectedResponse() {
        return expectedResponse;
    }

    public String getDocument() {
        return document;
    }

    public Staff getOwner() {
        return owner;
    }

    public LocalDate getNextReview() {
        return nextReview;
    }

    @Override
    public String auditKey() {
        return supplier.getCode() + "/" + exchange;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("supplier", supplier.getCode());
        state.put("exchange", exchange);
        state.put("channel", channel);
        state.put("supplierContact", supplierContact == null ? null : supplierContact.getName());
        state.put("ourContact", ourContact == null ? null : ourContact.getUsername());
        state.put("interfaceHours", hours);
        state.put("expectedResponse", expectedResponse);
        state.put("document", document);
        state.put("owner", owner == null ? null : owner.getUsername());
        state.put("nextReview", nextReview == null ? null : nextReview.toString());
        return state;
    }
}
