package org.sepakat.api.supplier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sepakat.api.party.Representations.StaffRef;
import org.sepakat.supplier.entity.InterfaceData;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierContact;
import org.sepakat.supplier.entity.SupplierContactData;
import org.sepakat.supplier.entity.SupplierData;
import org.sepakat.supplier.entity.SupplierInterface;
import org.sepakat.supplier.entity.SupplierKind;
import org.sepakat.supplier.entity.SupplierManager;
import org.sepakat.supplier.entity.SupplierStatus;

/**
 * What the API returns for the supplier register, and takes back: each record is written in the shape it
 * is read (a GET's body PUT back changes nothing). Fields marked read-only are the server's; another
 * record is referred to by its {@code id}.
 */
public final class SupplierRepresentations {

    private SupplierRepresentations() {}

    @Schema(description = "SUP-1: a member of staff holding one responsibility towards the supplier")
    public record ManagerDto(
            @Schema(readOnly = true) Responsibility responsibility,
            @Schema(readOnly = true) StaffRef staff) {
        static ManagerDto of(SupplierManager m) {
            return new ManagerDto(m.getResponsibility(), StaffRef.of(m.getStaff()));
        }
    }

    @Schema(
            description = "A supplier (SUP-1); its managers change through PUT and DELETE …/managers/{responsibility}/"
                    + "{staffId}, its status through …/activate and …/deactivate")
    public record SupplierDto(
            @Schema(readOnly = true) Long id,

            @Schema(description = "The version read; required on PUT")
            Long version,

            @Schema(required = true, example = "HOST-ID") String code,

            @Schema(required = true, example = "PT Awan Nusantara Hosting")
            String name,

            @Schema(required = true) SupplierKind kind,

            @Schema(
                    description =
                            "The customer acting as this supplier; required for kind CUSTOMER_AS_SUPPLIER, else ignored")
            Long customerId,

            @Schema(readOnly = true) SupplierStatus status,
            @Schema(readOnly = true) List<ManagerDto> managers,

            @Schema(readOnly = true, description = "SUP-1: what nobody holds yet; activation waits for none")
            List<Responsibility> missingResponsibilities,

            @Schema(readOnly = true) Instant createdAt,
            @Schema(readOnly = true) String createdBy,
            @Schema(readOnly = true) Instant changedAt,
            @Schema(readOnly = true) String changedBy) {
        public static SupplierDto of(Supplier s) {
            return new SupplierDto(
                    s.getId(),
                    s.getVersion(),
                    s.getCode(),
                    s.getName(),
                    s.getKind(),
                    s.getCustomerId(),
                    s.getStatus(),
                    s.getManagers().stream().map(ManagerDto::of).toList(),
                    s.missingResponsibilities(),
                    s.getCreatedAt(),
                    s.getCreatedBy(),
                    s.getChangedAt(),
                    s.getChangedBy());
        }

        SupplierData data() {
            return new SupplierData(code, name, kind, customerId, version);
        }
    }

    @Schema(description = "A person at a supplier (SUP-8)")
    public record SupplierContactDto(
            @Schema(readOnly = true) Long id,

            @Schema(description = "The version read; required on PUT")
            Long version,

            @Schema(readOnly = true) Long supplierId,

            @Schema(required = true, example = "Agus Wijaya")
            String name,

            @Schema(example = "agus@awan.example") String email,
            @Schema(example = "+62 21 555 0199") String phone,
            @Schema(example = "Service desk lead") String role,
            @Schema(readOnly = true) Instant createdAt,
            @Schema(readOnly = true) String createdBy,
            @Schema(readOnly = true) Instant changedAt,
            @Schema(readOnly = true) String changedBy) {
        public static SupplierContactDto of(SupplierContact c) {
            return new SupplierContactDto(
                    c.getId(),
                    c.getVersion(),
                    c.getSupplier().getId(),
                    c.getName(),
                    c.getEmail(),
                    c.getPhone(),
                    c.getRole(),
                    c.getCreatedAt(),
                    c.getCreatedBy(),
                    c.getChangedAt(),
                    c.getChangedBy());
        }

        SupplierContactData data() {
            return new SupplierContactData(name, email, phone, role, version);
        }
    }

    @Schema(description = "A contact of the same supplier, written by id")
    public record ContactRef(
            @Schema(required = true, example = "41") Long id,

            @Schema(readOnly = true, example = "Agus Wijaya")
            String name) {
        static ContactRef of(SupplierContact c) {
            return c == null ? null : new ContactRef(c.getId(), c.getName());
        }
    }

    @Schema(
            description = "SUP-8: an interface with a supplier: what passes, the channel, the people on each side, the"
                    + " hours, the expected response, the document; its owner reviews it by nextReview")
    public record InterfaceDto(
            @Schema(readOnly = true) Long id,

            @Schema(description = "The version read; required on PUT")
            Long version,

            @Schema(readOnly = true) Long supplierId,

            @Schema(required = true, example = "Incident hand-off")
            String exchange,

            @Schema(example = "Service desk portal") String channel,

            @Schema(description = "The supplier's contact for it, or none")
            ContactRef supplierContact,

            @Schema(description = "Our contact for it, or none")
            StaffRef ourContact,

            @Schema(example = "24x7") String hours,

            @Schema(example = "Acknowledged within 15 minutes")
            String expectedResponse,

            @Schema(example = "https://intranet.example/ola/host-id")
            String document,

            @Schema(required = true) StaffRef owner,
            @Schema(required = true, example = "2027-03-31") LocalDate nextReview,

            @Schema(readOnly = true, description = "The review date has passed")
            boolean overdue,

            @Schema(readOnly = true) Instant createdAt,
            @Schema(readOnly = true) String createdBy,
            @Schema(readOnly = true) Instant changedAt,
            @Schema(readOnly = true) String changedBy) {
        public static InterfaceDto of(SupplierInterface i, LocalDate today) {
            return new InterfaceDto(
                    i.getId(),
                    i.getVersion(),
                    i.getSupplier().getId(),
                    i.getExchange(),
                    i.getChannel(),
                    ContactRef.of(i.getSupplierContact()),
                    StaffRef.of(i.getOurContact()),
                    i.getHours(),
                    i.getExpectedResponse(),
                    i.getDocument(),
                    StaffRef.of(i.getOwner()),
                    i.getNextReview(),
                    i.isOverdueOn(today),
                    i.getCreatedAt(),
                    i.getCreatedBy(),
                    i.getChangedAt(),
                    i.getChangedBy());
        }

        InterfaceData data() {
            return new InterfaceData(
                    exchange,
                    channel,
                    supplierContact == null ? null : supplierContact.id(),
                    ourContact == null ? null : ourContact.id(),
                    hours,
                    expectedResponse,
                    document,
                    owner == null ? null : owner.id(),
                    nextReview,
                    version);
        }
    }
}
