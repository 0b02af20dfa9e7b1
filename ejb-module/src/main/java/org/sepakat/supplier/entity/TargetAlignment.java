package org.sepakat.supplier.entity;

import java.util.List;

/**
 * SUP-7: one target of an SLA in its alignment table: its kind of target (in the reader's language), whether it
 * needs underpinning and the provider's own handling time, what underpins it ("reference / target"
 * each), the worst verdict of its lines and the lines themselves.
 */
public record TargetAlignment(
        String slaTarget,
        String metric,
        boolean needsUnderpinning,
        int internalHandlingMinutes,
        List<String> underpinnedBy,
        String verdict,
        List<AlignmentLine> lines) {

    public TargetAlignment {
        underpinnedBy = List.copyOf(underpinnedBy);
        lines = List.copyOf(lines);
    }
}
