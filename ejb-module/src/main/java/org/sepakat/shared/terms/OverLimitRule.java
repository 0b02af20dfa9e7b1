package org.sepakat.shared.terms;

/** What happens in a period whose workload is above the limit. */
public enum OverLimitRule {
    /** The targets do not apply to that period. */
    SUSPEND_TARGETS,
    /** The excess is reported; the targets still apply. */
    REPORT_ONLY
}
