package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.sepakat.party.entity.Staff;

/** SUP-1: a member of staff holding one responsibility towards a supplier. */
@Embeddable
public class SupplierManager {

    @ManyToOne(optional = false)
    @JoinColumn(name = "staff_id", nullable = false)
    private Staff staff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Responsibility responsibility;

    protected SupplierManager() {}

    public SupplierManager(Staff staff, Responsibility responsibility) {
        this.staff = Objects.requireNonNull(staff);
        this.responsibility = Objects.requireNonNull(responsibility);
    }

    public Staff getStaff() {
        return staff;
    }

    public Responsibility getResponsibility() {
        return responsibility;
    }

    public boolean holds(Staff someone, Responsibility what) {
        return staff.equals(someone) && responsibility == what;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SupplierManager m && m.holds(staff, responsibility);
    }

    @Override
    public int hashCode() {
        return Objects.hash(staff, responsibility);
    }
}
