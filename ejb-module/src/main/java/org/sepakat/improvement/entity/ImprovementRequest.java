package org.sepakat.improvement.entity;

import java.time.LocalDate;

/**
 * What a process asks the register to record: where the opportunity comes from, what it is
 * about, who owns it and by when, and the customer it concerns (null for none), which decides who
 * may read it. {@code repeatOf}: the id of the previous record (of the source's record type)
 * where the same line was found, e.g. last month's report: an open opportunity about that line of
 * that record gets this one as an occurrence instead of a second opportunity (issue 11 §1).
 */
public record ImprovementRequest(
        ImprovementSource source,
        String title,
        String description,
        String owner,
        LocalDate due,
        Long customerId,
        Long repeatOf) {

    public ImprovementRequest(
            ImprovementSource source, String title, String description, String owner, LocalDate due, Long customerId) {
        this(source, title, description, owner, due, customerId, null);
    }
}
