package org.sepakat.servicelevel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.sepakat.shared.terms.ScopedService;

/** A service of the customer the SLA covers, referred to by id and code (the catalogue is another component). */
@Embeddable
public class CoveredService {

    @Column(name = "service_id", nullable = false)
    private Long serviceId;

    @Column(name = "service_code", nullable = false, length = 30)
    private String serviceCode;

    protected CoveredService() {}

    public CoveredService(Long serviceId, String serviceCode) {
        this.serviceId = Objects.requireNonNull(serviceId);
        this.serviceCode = Objects.requireNonNull(serviceCode);
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public ScopedService term() {
        return new ScopedService(serviceId, serviceCode);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoveredService covered && Objects.equals(serviceId, covered.serviceId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(serviceId);
    }
}
