/**
 * Service level management (8.3.3): service level agreements as controlled documents (SLM-1,
 * SLM-2, SLM-9) holding typed targets (SLM-3), workload limits (SLM-4) and exceptions (SLM-5),
 * and the service-hours calendars their targets are measured in.
 */
package org.sepakat.servicelevel;
