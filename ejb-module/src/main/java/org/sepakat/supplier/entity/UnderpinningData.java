package org.sepakat.supplier.entity;

import java.util.List;

/**
 * SUP-7: an SLA's underpinning map as entered: per SLA target whether it needs underpinning and the
 * internal handling minutes, the underpinning lines, and the version of the map read (0 or none
 * when the SLA has no map yet).
 */
public record UnderpinningData(List<Need> targets, List<Entry> entries, Long version) {

    public UnderpinningData {
        targets = targets == null ? List.of() : targets;
        entries = entries == null ? List.of() : entries;
    }

    /** Whether an SLA target needs underpinning, and the provider's own handling time (minutes; none: 0). */
    public record Need(String slaTarget, boolean needsUnderpinning, Integer internalHandlingMinutes) {}

    /** One supplier-agreement target underpinning one SLA target. */
    public record Entry(String slaTarget, Long agreementId, String supplierTarget) {}
}
