package org.sepakat.improvement.entity;

import java.time.LocalDate;

/**
 * What a process asks the register to record: where the opportunity comes from, what it is
 * about, who owns it and by when, and the customer it concerns (null for none), which decides who
 * may read it.
 */
public record ImprovementRequest(
        ImprovementSource source, String title, String description, String owner, LocalDate due, Long customerId) {}
