package org.sepakat.improvement.entity;

import java.time.LocalDate;

/**
 * What a process asks the register to record: where the opportunity comes from, what it is
 * about, who owns it and by when.
 */
public record ImprovementRequest(ImprovementSource source, String title, String description, String owner,
        LocalDate due) {
}
