package org.sepakat.review.boundary;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sepakat.review.control.ReviewJobProperties;
import java.util.List;

/**
 * Reviews a chunk of SLAs and counts it, in the chunk's transaction: the reports and the counts
 * are committed together with the checkpoint, or not at all.
 */
@Named("periodReportWriter")
@Dependent
public class PeriodReportWriter extends AbstractItemWriter {

    @Inject
    PeriodReviews reviews;

    @Inject
    ReviewRuns runs;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        ReviewJobProperties run = ReviewJobProperties.of(job);
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        int stored = reviews.reviewRange(ids, run.period(), run.trigger());
        runs.count(job.getInstanceId(), run.period().toString(), run.trigger().name(), run.scheduleId(), ids.size(), stored);
    }
}
