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
 * nothing here imports servicelevel's entities, and another owner (a supplier agreement) can hand
 * the engine the same shape. SLAs are locked through {@code ServiceLevelAgreements.lockForReview}.
 *
 * <p>How a review computes (boundary {@code PeriodMeasurements}, rules in {@code control}):
 * <ul>
 * <li>A report covers one calendar month [first day 00:00, next first day 00:00) in the SLA's zone.
 * MONTH targets and limits are measured over it; QUARTER ones only in the quarter's last month, over
 * the quarter, else NOT_DUE.</li>
 * <li>An SLA's tickets: same customer, one of its covered services, category not excluded (the
 * excluded ones are counted as EXCLUDED_CATEGORY).</li>
 * <li>Response time (priority P, within H business hours on the target's calendar, none = 24×7):
 * tickets of P opened in the span; business seconds from opening to first response minus the paused
 * business seconds between them (PAUSE); within when ≤ H × 3600. Unanswered at the span's end:
 * missed if already over H, else left out (NOT_YET_DUE). Resolution time: the same up to the
 * resolution, over the tickets resolved in the span (opened up to 400 days before it).
 * attained = within / counted × 100 (2 decimals, half up); none counted → NO_DATA.</li>
 * <li>Availability: service time = business seconds of the span minus maintenance windows
 * (MAINTENANCE_WINDOW); downtime = service-time seconds of the unplanned outages of the covered
 * services, clipped to the span (ongoing = until the span's end); attained = 100 × (1 − downtime /
 * (service time × covered services)). Planned outages (PLANNED_OUTAGE) and outage time outside the
 * service time (OUTSIDE_SERVICE_HOURS) are reported, not counted. No outage = 100 %.</li>
 * <li>Custom KPI: the delivered value for (SLA, target name, span start); none → NO_DATA.</li>
 * <li>Workload limits: tickets opened in the span (of the kind, CHANGE for changes) or the value
 * delivered under the limit's name; share = actual / maximum × 100, change % from the previous
 * span (none when that was 0 or missing); EXCEEDED above the maximum. An exceeded limit that
 * suspends targets makes the targets of its measurement period SUSPENDED (SUSPENDED_OVER_LIMIT).</li>
 * <li>Business time is computed in SQL on timelines of slots (see {@code TimelineDefinition}).</li>
 * </ul>
 */
package org.sepakat.measurement;
