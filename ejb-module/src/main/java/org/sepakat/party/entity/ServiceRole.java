package org.sepakat.party.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.sepakat.shared.entity.RuleViolation;

/** A contact's role towards one service; an interested party states its interest (BRM-3). */
@Embeddable
public class ServiceRole {

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private Service service;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_kind", nullable = false, length = 20)
    private ContactRoleKind kind;

    @Column(length = 500)
    private String interest;

    protected ServiceRole() {}

    public ServiceRole(Service service, ContactRoleKind kind, String interest) {
        this.service = Objects.requireNonNull(service);
        this.kind = Objects.requireNonNull(kind);
        this.interest = interest == null || interest.isBlank() ? null : interest.trim();
        if (kind == ContactRoleKind.INTERESTED_PARTY && this.interest == null) {
            throw new RuleViolation("BRM-3", "error.contact.interestRequired", service.getCode());
        }
    }

    public Service getService() {
        return service;
    }

    public ContactRoleKind getKind() {
        return kind;
    }

    public String getInterest() {
        return interest;
    }

    String describe() {
        return service.getCode() + ":" + kind + (interest == null ? "" : " (" + interest + ")");
    }
}
