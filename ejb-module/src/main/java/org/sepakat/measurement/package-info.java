/**
 * Service level reviews (SLM-6..8): every active SLA is measured per period against the service
 * data, in the database, by a batch job a persistent timer starts per review schedule. The result
 * is an immutable period report per SLA and period; a missed target or an exceeded limit raises an
 * improvement opportunity and notifies the service level manager.
 *
 * <p>What it measures is the published model of an agreement,
 * {@link org.sepakat.shared.terms.MeasurableAgreement}: who it is, the customer and services whose
 * data count and the excluded categories, the zone, targets, workload limits, maintenance windows
 * and the calendars the targets name. Servicelevel makes it from an SLA's terms in force
 * ({@code ServiceLevelAgreements.inForce}: the last agreed version while a revision is open);
 * nothing here imports servicelevel's entities or reads its tables (a run writes each model's scope
 * into its own working tables and its SQL joins those), so another owner (a supplier agreement) can
 * hand the engine the same shape. SLAs are locked through {@code ServiceLevelAgreements.lockForReview}.
 *
 * <p>The rules by which a period is measured are stated once, in README.md, "How a period is
 * measured"; change them there first. Boundary {@code PeriodMeasurements} runs a measurement,
 * {@code control} applies the rules in SQL ({@code TicketQueries}, {@code MeasurementQueries}) on
 * timelines of business-time slots ({@code TimelineDefinition}) and turns the figures into report
 * lines ({@code ReportBuilder}).
 */
package org.sepakat.measurement;
