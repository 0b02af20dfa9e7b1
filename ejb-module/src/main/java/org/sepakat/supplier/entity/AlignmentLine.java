package org.sepakat.supplier.entity;

import java.util.List;

/**
 * SUP-7: one line of an SLA's alignment table as a reader sees it: the SLA target, the rule (its
 * code and its name in the reader's language), the verdict (ALIGNED, MISALIGNED, NOT_UNDERPINNED),
 * the supplier agreement and targets it concerns (none: all underpinnings together), the numbers
 * compared, the reason in the reader's language, whether it is a finding managed as a risk, and
 * that risk while it is open (none: aligned, a note, or not yet recorded).
 */
public record AlignmentLine(
        String slaTarget,
        String rule,
        String ruleName,
        String verdict,
        Long agreementId,
        String agreementReference,
        List<String> supplierTargets,
        List<String> numbers,
        String reason,
        boolean finding,
        String sourceKey,
        Long riskId,
        String riskNumber) {

    public AlignmentLine {
        supplierTargets = List.copyOf(supplierTargets);
        numbers = List.copyOf(numbers);
    }
}
