package org.sepakat.shared.terms;

/** What a service level target measures (SLM-3). */
public enum TargetMetric {
    /** Percentage of service hours the service was available. */
    AVAILABILITY,
    /** Share (%) of tickets of a priority first answered within N business hours. */
    RESPONSE_TIME,
    /** Share (%) of tickets of a priority resolved within N business hours. */
    RESOLUTION_TIME,
    /** A value per period, entered or delivered by another system. */
    CUSTOM_KPI;

    public boolean isTicketShare() {
        return this == RESPONSE_TIME || this == RESOLUTION_TIME;
    }
}
