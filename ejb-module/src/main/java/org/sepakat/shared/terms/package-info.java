/**
 * The published model of a measurable agreement (issue 10 §1): what the measurement engine needs to
 * compute a period report, whoever owns the agreement (an SLA today; a supplier contract or OLA
 * next): who it is ({@link org.sepakat.shared.terms.AgreementIdentity}), which data it covers
 * ({@link org.sepakat.shared.terms.DataScope}), its zone, targets, workload limits, maintenance
 * windows and the service-hours calendars its targets name, as immutable records; and the
 * vocabulary every owner and the engine share (metrics, comparisons, periods, over-limit rules,
 * recurrences), stored by name wherever an owner persists it.
 *
 * <p>A kernel package like {@code shared.persistence}: every component may use it, and it depends
 * on nothing but the JDK (no JPA, no component), which ArchitectureTest checks. An owner builds
 * these records from its own entities in its boundary; a reader can never persist or merge them.
 */
package org.sepakat.shared.terms;
