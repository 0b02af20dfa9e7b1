package org.sepakat.supplier.control;

import java.util.List;
import java.util.Objects;

/**
 * One line of an SLA's alignment table (SUP-7): the SLA target, the verdict of one rule, the
 * supplier agreement it concerns (by id and reference; none when the rule looks at all
 * underpinnings together) and the names of its targets the rule compared, and whether the line is
 * a finding to manage as a risk (a misalignment or a gap) or a note (aligned, or an underpinning
 * that does not count, which the rules then judge as missing).
 */
public record CheckedVerdict(
        String slaTarget, Verdict verdict, Long agreementId, List<String> supplierTargets, boolean finding) {

    public CheckedVerdict {
        Objects.requireNonNull(slaTarget, "slaTarget");
        Objects.requireNonNull(verdict, "verdict");
        supplierTargets = List.copyOf(supplierTargets);
    }

    /**
     * The risk register's key of this finding: the same misalignment has the same key at every
     * check, {@code SUP-7|sla:<id>|<SLA target>|<rule>|<agreement reference or ->|<supplier targets or ->}.
     */
    public String sourceKey(long slaId) {
        return keyPrefix(slaId)
                + slaTarget
                + '|'
                + verdict.rule()
                + '|'
                + (verdict.contract() == null ? "-" : verdict.contract())
                + '|'
                + (supplierTargets.isEmpty() ? "-" : String.join(",", supplierTargets));
    }

    /** The prefix of the keys of every finding of one SLA's check. */
    public static String keyPrefix(long slaId) {
        return "SUP-7|sla:" + slaId + "|";
    }
}
