package org.sepakat.api.party;

import java.time.Instant;
import java.util.List;
import org.sepakat.party.entity.Contact;
import org.sepakat.party.entity.ContactRoleKind;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.CustomerKind;
import org.sepakat.party.entity.CustomerStatus;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceRole;
import org.sepakat.party.entity.ServiceStatus;
import org.sepakat.party.entity.Staff;

/** What the API returns for the party register; never the entities themselves. */
public final class Representations {

    private Representations() {
    }

    public record StaffRef(Long id, String username, String displayName) {
        public static StaffRef of(Staff s) {
            return s == null ? null : new StaffRef(s.getId(), s.getUsername(), s.getDisplayName());
        }
    }

    public record ServiceRef(Long id, String code, String name) {
        public static ServiceRef of(Service s) {
            return new ServiceRef(s.getId(), s.getCode(), s.getName());
        }
    }

    public record StaffDto(Long id, long version, String username, String displayName, String email, String language,
            Instant createdAt, String createdBy, Instant changedAt, String changedBy) {
        public static StaffDto of(Staff s) {
            return new StaffDto(s.getId(), s.getVersion(), s.getUsername(), s.getDisplayName(), s.getEmail(),
                    s.getUiLocale(), s.getCreatedAt(), s.getCreatedBy(), s.getChangedAt(), s.getChangedBy());
        }
    }

    public record ServiceDto(Long id, long version, String code, String name, String description, StaffRef owner,
            ServiceStatus status, Instant createdAt, String createdBy, Instant changedAt, String changedBy) {
        public static ServiceDto of(Service s) {
            return new ServiceDto(s.getId(), s.getVersion(), s.getCode(), s.getName(), s.getDescription(),
                    StaffRef.of(s.getOwner()), s.getStatus(), s.getCreatedAt(), s.getCreatedBy(), s.getChangedAt(),
                    s.getChangedBy());
        }
    }

    public record CustomerDto(Long id, long version, String code, String name, CustomerKind kind, CustomerStatus status,
            List<StaffRef> managers, List<ServiceRef> services, Instant createdAt, String createdBy,
            Instant changedAt, String changedBy) {
        public static CustomerDto of(Customer c) {
            return new CustomerDto(c.getId(), c.getVersion(), c.getCode(), c.getName(), c.getKind(), c.getStatus(),
                    c.getManagers().stream().map(StaffRef::of).toList(),
                    c.getServices().stream().map(ServiceRef::of).toList(),
                    c.getCreatedAt(), c.getCreatedBy(), c.getChangedAt(), c.getChangedBy());
        }
    }

    public record RoleDto(ServiceRef service, ContactRoleKind kind, String interest) {
        public static RoleDto of(ServiceRole r) {
            return new RoleDto(ServiceRef.of(r.getService()), r.getKind(), r.getInterest());
        }
    }

    public record ContactDto(Long id, long version, Long customerId, String name, String email, String phone,
            List<RoleDto> roles, Instant createdAt, String createdBy, Instant changedAt, String changedBy) {
        public static ContactDto of(Contact c) {
            return new ContactDto(c.getId(), c.getVersion(), c.getCustomer().getId(), c.getName(), c.getEmail(),
                    c.getPhone(), c.getRoles().stream().map(RoleDto::of).toList(), c.getCreatedAt(), c.getCreatedBy(),
                    c.getChangedAt(), c.getChangedBy());
        }
    }
}
