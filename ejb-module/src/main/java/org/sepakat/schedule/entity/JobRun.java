package org.sepakat.schedule.entity;

import java.time.Instant;
import org.sepakat.shared.entity.Period;

/**
 * One execution of a scheduled job as the batch job repository records it: which instance, when
 * it ran, how it ended, and the parameters that say what it reviewed and why.
 */
public record JobRun(
        long instanceId,
        long executionId,
        String jobName,
        Instant started,
        Instant ended,
        String batchStatus,
        String exitStatus,
        Period period,
        String trigger,
        Long scheduleId) {

    public boolean isRunning() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus) || "STOPPING".equals(batchStatus);
    }

    public boolean isCompleted() {
        return "COMPLETED".equals(batchStatus);
    }
}
