package org.sepakat.shared.terms;

import java.time.LocalDate;

/**
 * How long an agreement holds: its first and last valid day (none: open at that end) and whether
 * it has ended as a document (retired, expired or terminated), so that whoever checks agreements
 * against each other (SUP-7) can hold the dates of one against the other.
 */
public record Validity(LocalDate from, LocalDate to, boolean ended) {}
