package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.supplier.boundary.SupplierInterfaces;
import org.sepakat.supplier.entity.InterfaceData;
import org.sepakat.supplier.entity.SupplierInterface;
import org.sepakat.web.shared.Attempt;

/**
 * SUP-8: the interfaces with one supplier, those past their review date marked in words; defined,
 * changed (a review moves the next-review date) and removed on the supplier's page.
 */
@Named
@ViewScoped
public class SupplierInterfacesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "tabs:interfaceForm";

    @Inject
    SupplierInterfaces interfaces;

    @Inject
    SupplierView supplierView;

    @Inject
    Attempt attempt;

    private List<SupplierInterface> all;
    private LocalDate today;
    private Long interfaceId;
    private Long interfaceVersion;
    private String exchange;
    private String channel;
    private Long supplierContactId;
    private Long ourContactId;
    private String hours;
    private String expectedResponse;
    private String document;
    private Long ownerId;
    private LocalDate nextReview;

    public List<SupplierInterface> getAll() {
        if (all == null) {
            today = interfaces.today();
            all = interfaces
                    .list(supplierView.getId(), new PageRequest(0, PageRequest.MAX_SIZE, "nextReview", true, Map.of()))
                    .items();
        }
        return all;
    }

    public boolean overdue(SupplierInterface shown) {
        getAll();
        return shown.isOverdueOn(today);
    }

    public long getOverdueCount() {
        return getAll().stream().filter(this::overdue).count();
    }

    public void save() {
        InterfaceData data = new InterfaceData(
                exchange,
                channel,
                supplierContactId,
                ourContactId,
                hours,
                expectedResponse,
                document,
                ownerId,
                nextReview,
                interfaceVersion);
        boolean adding = interfaceId == null;
        if (attempt.run(
                () -> {
                    SupplierInterface saved = adding
                            ? interfaces.create(supplierView.getId(), data)
                            : interfaces.update(supplierView.getId(), interfaceId, data);
                    attempt.done("supplier.interface.saved", saved.getExchange());
                },
                FORM,
                "interface")) {
            cancel();
            all = null;
        }
    }

    public void edit(SupplierInterface shown) {
        interfaceId = shown.getId();
        interfaceVersion = shown.getVersion();
        exchange = shown.getExchange();
        channel = shown.getChannel();
        supplierContactId = shown.getSupplierContact() == null
                ? null
                : shown.getSupplierContact().getId();
        ourContactId =
                shown.getOurContact() == null ? null : shown.getOurContact().getId();
        hours = shown.getHours();
        expectedResponse = shown.getExpectedResponse();
        document = shown.getDocument();
        ownerId = shown.getOwner().getId();
        nextReview = shown.getNextReview();
    }

    public void cancel() {
        interfaceId = null;
        interfaceVersion = null;
        exchange = null;
        channel = null;
        supplierContactId = null;
        ourContactId = null;
        hours = null;
        expectedResponse = null;
        document = null;
        ownerId = null;
        nextReview = null;
    }

    public void delete(SupplierInterface shown) {
        if (attempt.run(() -> interfaces.delete(supplierView.getId(), shown.getId(), shown.getVersion()))) {
            attempt.done("supplier.interface.deleted", shown.getExchange());
            if (shown.getId().equals(interfaceId)) {
                cancel();
            }
            all = null;
        }
    }

    public boolean isEditing() {
        return interfaceId != null;
    }

    public String getExchange() {
        return exchange;
    }

    public void setExchange(String exchange) {
        this.exchange = exchange;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public Long getSupplierContactId() {
        return supplierContactId;
    }

    public void setSupplierContactId(Long supplierContactId) {
        this.supplierContactId = supplierContactId;
    }

    public Long getOurContactId() {
        return ourContactId;
    }

    public void setOurContactId(Long ourContactId) {
        this.ourContactId = ourContactId;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getExpectedResponse() {
        return expectedResponse;
    }

    public void setExpectedResponse(String expectedResponse) {
        this.expectedResponse = expectedResponse;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getNextReview() {
        return nextReview;
    }

    public void setNextReview(LocalDate nextReview) {
        this.nextReview = nextReview;
    }
}
