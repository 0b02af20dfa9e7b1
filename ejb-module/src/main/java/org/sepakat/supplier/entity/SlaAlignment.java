package org.sepakat.supplier.entity;

import java.time.LocalDate;
import java.util.List;

/** SUP-7: an SLA's alignment table: the SLA, the day the check assessed it on, its targets and their lines. */
public record SlaAlignment(
        long slaId, String slaReference, String slaTitle, LocalDate assessedOn, List<TargetAlignment> targets) {

    public SlaAlignment {
        targets = List.copyOf(targets);
    }

    public List<AlignmentLine> lines() {
        return targets.stream().flatMap(t -> t.lines().stream()).toList();
    }

    /** How many lines are findings (misaligned or not underpinned). */
    public long findings() {
        return lines().stream().filter(AlignmentLine::finding).count();
    }
}
