package org.sepakat.risk.entity;

/**
 * What is done about a risk. Accepting it needs a reason; the other three need a plan and a date
 * on which the plan is reviewed.
 */
public enum RiskTreatment {
    MITIGATE,
    ACCEPT,
    TRANSFER,
    AVOID;

    public boolean needsPlan() {
        return this != ACCEPT;
    }
}
