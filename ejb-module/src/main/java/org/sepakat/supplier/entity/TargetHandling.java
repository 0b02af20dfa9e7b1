package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.util.Objects;

/**
 * SUP-7: for one target of a customer SLA, whether it needs a supplier target to underpin it (a
 * gap is flagged when none is recorded) and the provider's own handling time of a ticket before it
 * reaches a supplier (elapsed minutes; 0 for availability and KPI targets).
 */
@Embeddable
public class TargetHandling {

    /** A week: no sensible handling time is longer. */
    public static final int MAX_MINUTES = 7 * 24 * 60;

    @Column(name = "sla_target", nullable = false, length = 200)
    private String slaTarget;

    @Column(name = "needs_underpinning", nullable = false)
    private boolean needsUnderpinning;

    @Column(name = "internal_minutes", nullable = false)
    private int internalMinutes;

    protected TargetHandling() {}

    public TargetHandling(String slaTarget, boolean needsUnderpinning, int internalMinutes) {
        this.slaTarget = Objects.requireNonNull(slaTarget, "slaTarget");
        if (internalMinutes < 0 || internalMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("internal handling out of range: " + internalMinutes);
        }
        this.needsUnderpinning = needsUnderpinning;
        this.internalMinutes = internalMinutes;
    }

    public String getSlaTarget() {
        return slaTarget;
    }

    public boolean isNeedsUnderpinning() {
        return needsUnderpinning;
    }

    public int getInternalMinutes() {
        return internalMinutes;
    }

    public Duration internalHandling() {
        return Duration.ofMinutes(internalMinutes);
    }

    /** For the history, shown by its label ({@code enum.UnderpinningNeed.*}). */
    String needCode() {
        return needsUnderpinning ? "UNDERPINNING_NEEDED" : "UNDERPINNING_NOT_NEEDED";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetHandling t
                && slaTarget.equals(t.slaTarget)
                && needsUnderpinning == t.needsUnderpinning
                && internalMinutes == t.internalMinutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(slaTarget, needsUnderpinning, internalMinutes);
    }
}
