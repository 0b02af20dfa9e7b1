package org.sepakat.supplier.control;

import java.util.List;
import java.util.Objects;

/**
 * One rule's finding: the rule, the alignment, the supplier contract it concerns (none when the
 * rule looks at all underpinnings together) and why, as a bundle key with the numbers compared as
 * its arguments (in the order the key's text names them).
 */
public record Verdict(
        AlignmentRule rule, Alignment alignment, String contract, String reasonKey, List<Object> arguments) {

    public Verdict {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(reasonKey, "reasonKey");
        arguments = List.copyOf(arguments);
    }

    public boolean isAligned() {
        return alignment == Alignment.ALIGNED;
    }
}
