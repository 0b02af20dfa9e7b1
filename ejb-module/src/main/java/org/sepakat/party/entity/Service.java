package org.sepakat.party.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.entity.AuditedEntity;
import org.sepakat.shared.entity.RuleViolation;

/** A service in the catalogue, with the member of staff who owns it. */
@Entity
@Table(name = "party_service")
@NamedQuery(name = Service.FIND_BY_CODE, query = "SELECT s FROM Service s WHERE s.code = :code")
public class Service extends AuditedEntity {

    public static final String FIND_BY_CODE = "Service.findByCode";

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Staff owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceStatus status;

    protected Service() {}

    public Service(String code, String name, String description, Staff owner) {
        this.code = Objects.requireNonNull(code);
        describe(name, description, owner);
        this.status = ServiceStatus.PIPELINE;
    }

    public void describe(String name, String description, Staff owner) {
        this.name = Objects.requireNonNull(name);
        this.description = description;
        this.owner = owner;
    }

    public void recode(String code) {
        this.code = Objects.requireNonNull(code);
    }

    /** The service goes into operation. */
    public void launch() {
        if (status != ServiceStatus.PIPELINE) {
            throw new RuleViolation("BRM-1", "error.service.transition", code, status, ServiceStatus.LIVE);
        }
        status = ServiceStatus.LIVE;
    }

    public void retire() {
        if (status == ServiceStatus.RETIRED) {
            throw new RuleViolation("BRM-1", "error.service.transition", code, status, ServiceStatus.RETIRED);
        }
        status = ServiceStatus.RETIRED;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Staff getOwner() {
        return owner;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    @Override
    public String auditKey() {
        return code;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("description", description);
        state.put("owner", owner == null ? null : owner.getUsername());
        state.put("status", status == null ? null : status.name());
        return state;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Service service && Objects.equals(code, service.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
