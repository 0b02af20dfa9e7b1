package org.sepakat.measurement.boundary;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sepakat.measurement.control.MeasurementJobProperties;

/**
 * Reviews a chunk of SLAs and counts it, in the chunk's transaction: the reports and the counts
 * are committed together with the checkpoint, or not at all.
 */
@Named("periodReportWriter")
@Dependent
public class PeriodReportWriter extends AbstractItemWriter {

    @Inject
    PeriodMeasurements reviews;

    @Inject
    MeasurementRuns runs;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        MeasurementJobProperties run = MeasurementJobProperties.of(job);
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        int stored = reviews.reviewRange(ids, run.period(), run.trigger());
        runs.count(job.getInstanceId(), run.period(), run.trigger().name(), run.scheduleId(), ids.size(), stored);
    }
}
