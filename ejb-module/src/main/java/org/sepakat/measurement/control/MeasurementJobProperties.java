package org.sepakat.measurement.control;

import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;
import org.sepakat.measurement.entity.RunTrigger;
import org.sepakat.shared.entity.Period;

/**
 * What one run of the sla-review job works on, read from the job-level properties of
 * META-INF/batch-jobs/sla-review.xml (which take them from the job parameters, with defaults):
 * the reader, the writer and the listener all see the same values.
 */
public record MeasurementJobProperties(
        Period period, RunTrigger trigger, Long scheduleId, long itemCount, long pauseMillis) {

    public static MeasurementJobProperties of(JobContext job) {
        return of(job.getProperties());
    }

    static MeasurementJobProperties of(Properties properties) {
        String schedule = properties.getProperty("scheduleId");
        return new MeasurementJobProperties(
                Period.parse("period", properties.getProperty("period")),
                RunTrigger.valueOf(properties.getProperty("trigger")),
                schedule == null || schedule.isBlank() ? null : Long.valueOf(schedule),
                Long.parseLong(properties.getProperty("itemCount")),
                Long.parseLong(properties.getProperty("pauseMillisBetweenChunks")));
    }
}
