package org.sepakat.api.party;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sepakat.party.entity.Contact;
import org.sepakat.party.entity.ContactData;
import org.sepakat.party.entity.ContactRoleKind;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerData;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.party.entity.CustomerStatus;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceData;
import org.sepakat.party.entity.ServiceRole;
import org.sepakat.party.entity.ServiceRoleData;
import org.sepakat.party.entity.ServiceStatus;
import org.sepakat.party.entity.Staff;
import org.sepakat.party.entity.StaffData;

/**
 * What the API returns for the party register, and takes back: each record is written in the shape it
 * is read (a GET's body PUT back changes nothing). Fields marked read-only are the server's and are
 * not changed by a write; another record is referred to by its {@code id}.
 */
public final class Representations {

    private Representations() {}

    @Schema(description = "A member of staff, written by id")
    public record StaffRef(
            @Schema(required = true, example = "3") Long id,
            @Schema(readOnly = true, example = "slaman") String username,
            @Schema(readOnly = true, example = "Siti Rahma") String displayName) {
        public static StaffRef of(Staff s) {
            return s == null ? null : new StaffRef(s.getId(), s.getUsername(), s.getDisplayName());
        }
    }

    @Schema(description = "A service of the catalogue, written by id")
    public record ServiceRef(
            @Schema(required = true, example = "12") Long id,
            @Schema(readOnly = true, example = "ERP") String code,

            @Schema(readOnly = true, example = "ERP hosting")
            String name) {
        public static ServiceRef of(Service s) {
            return new ServiceRef(s.getId(), s.getCode(), s.getName());
        }
    }

    @Schema(description = "A member of staff; the user name comes from the user registry")
    public record StaffDto(
            @Schema(readOnly = true) Long id,

            @Schema(description = "The version read; required on PUT")
            Long version,

            @Schema(readOnly = true) String username,
            @Schema(required = true) String displayName,
            @Schema(example = "siti@example.com") String email,
            @Schema(readOnly = true, example = "id") String language,
            @Schema(readOnly = true) Instant createdAt,
            @Schema(readOnly = true) String createdBy,
            @Schema(readOnly = true) Instant changedAt,
            @Schema(readOnly = true) String changedBy) {
        public static StaffDto of(Staff s) {
            return new StaffDto(
                    s.getId(),
                    s.getVersion(),
                    s.getUsername(),
                    s.getDisplayName(),
                    s.getEmail(),
                    s.getUiLocale(),
                    s.getCreatedAt(),
                    s.getCreatedBy(),
                    s.getChangedAt(),
                    s.getChangedBy());
        }

        StaffData data() {
            return new StaffData(displayName, email, version);
        }
    }

    @Schema(description = "A service of the catalogue (BRM-1)")
    public record ServiceDto(
            @Schema(readOnly = true) Long id,

            @Schema(description = "The version read; required on PUT")
            Long version,

            @Schema(required = true, example = "ERP") String code,

            @Schema(required = true, example = "ERP hosting")
            String name,

            String description,
            @Schema(description = "Its owner, or none") StaffRef owner,
            @Schema(readOnly = true) ServiceStatus status,
            @Schema(readOnly = true) Instant createdAt,
            @Schema(readOnly = true) String createdBy,
            @Schema(readOnly = true) Instant changedAt,
            @Schema(readOnly = true) String changedBy) {
        public static ServiceDto of(Service s) {
            return new ServiceDto(
                    s.getId(),
                    s.getVersion(),
                    s.getCode(),
                    s.getName(),
                    s.getDescription(),
                    StaffRef.of(s.getOwner()),
                    s.getStatus(),
                    s.getCreatedAt(),
                    s.getCreatedBy(),
                    s.getChangedAt(),
                    s.getChangedBy());
        }

        ServiceData data() {
            return new ServiceData(code, name, description, owner == null ? null : owner.id(), version);
        }
    }

    @Schema(description = "A customer (BRM-1, BRM-4); managers and services change through their own operations")
    public record CustomerDto(
            @Schema(readOnly = true) Long id,

            @Schema(description = "The version read; required on PUT")
            Long version,

            @Schema(required = true, example = "BANK1") String code,

            @Schema(required = true, example = "PT Bank Satu")
            String name,

            @Schema(required = true) CustomerKind kind,
            @Schema(readOnly = true) CustomerStatus status,
            @Schema(readOnly = true) List<StaffRef> managers,
            @Schema(readOnly = true) List<ServiceRef> services,
            @Schema(readOnly = true) Instant createdAt,
            @Schema(readOnly = true) String createdBy,
            @Schema(readOnly = true) Instant changedAt,
            @Schema(readOnly = true) String changedBy) {
        public static CustomerDto of(Customer c) {
            return new CustomerDto(
                    c.getId(),
                    c.getVersion(),
                    c.getCode(),
                    c.getName(),
                    c.getKind(),
                    c.getStatus(),
                    c.getManagers().stream().map(StaffRef::of).toList(),
                    c.getServices().stream().map(ServiceRef::of).toList(),
                    c.getCreatedAt(),
                    c.getCreatedBy(),
                    c.getChangedAt(),
                    c.getChangedBy());
        }

        CustomerData data() {
            return new CustomerData(code, name, kind, version);
        }
    }

    @Schema(
            description =
                    "A contact's role towards a service: USER (BRM-2) or INTERESTED_PARTY with the interest (BRM-3)")
    public record RoleDto(
            @Schema(required = true) ServiceRef service,
            @Schema(required = true) ContactRoleKind kind,
            @Schema(example = "Signs off the mail budget") String interest) {
        public static RoleDto of(ServiceRole r) {
            return new RoleDto(ServiceRef.of(r.getService()), r.getKind(), r.getInterest());
        }

        ServiceRoleData data() {
            return new ServiceRoleData(service == null ? null : service.id(), kind, interest);
        }
    }

    @Schema(description = "A contact of a customer; roles change through PUT …/roles and DELETE …/roles/{serviceId}")
    public record ContactDto(
            @Schema(readOnly = true) Long id,

            @Schema(description = "The version read; required on PUT")
            Long version,

            @Schema(readOnly = true) Long customerId,

            @Schema(required = true, example = "Dewi Lestari")
            String name,

            @Schema(example = "dewi@example.com") String email,
            @Schema(example = "+62 21 555 0101") String phone,
            @Schema(readOnly = true) List<RoleDto> roles,
            @Schema(readOnly = true) Instant createdAt,
            @Schema(readOnly = true) String createdBy,
            @Schema(readOnly = true) Instant changedAt,
            @Schema(readOnly = true) String changedBy) {
        public static ContactDto of(Contact c) {
            return new ContactDto(
                    c.getId(),
                    c.getVersion(),
                    c.getCustomer().getId(),
                    c.getName(),
                    c.getEmail(),
                    c.getPhone(),
                    c.getRoles().stream().map(RoleDto::of).toList(),
                    c.getCreatedAt(),
                    c.getCreatedBy(),
                    c.getChangedAt(),
                    c.getChangedBy());
        }

        ContactData data() {
            return new ContactData(name, email, phone, version);
        }
    }
}
