package org.sepakat.schedule.entity;

/** What a schedule runs; each kind is one batch job, named by its job XML. */
public enum JobKind {
    /** The monthly service level review of every active SLA (SLM-6, SLM-7). */
    SLA_REVIEW("sla-review");

    private final String jobName;

    JobKind(String jobName) {
        this.jobName = jobName;
    }

    public String jobName() {
        return jobName;
    }
}
