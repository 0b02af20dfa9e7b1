/**
 * Service level management (8.3.3): service level agreements as controlled documents (SLM-1,
 * SLM-2, SLM-9) holding typed targets (SLM-3), workload limits (SLM-4) and exceptions (SLM-5),
 * and the service-hours calendars their targets are measured in. Other components read an SLA's
 * terms as the published {@link org.sepakat.shared.terms.MeasurableAgreement} its boundary hands
 * out, never as these entities; the terms of each agreed version are kept as {@code AgreedTerms}.
 */
package org.sepakat.servicelevel;
