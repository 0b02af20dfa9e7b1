package org.sepakat.review.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import org.sepakat.review.boundary.PeriodReviews;
import org.sepakat.review.boundary.ReviewRuns;
import org.sepakat.review.entity.ReviewTrigger;

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

    @Inject
    @BatchProperty
    String period;

    @Inject
    @BatchProperty
    String trigger;

    @Inject
    @BatchProperty
    String scheduleId;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        int stored = reviews.reviewRange(ids, YearMonth.parse(period), ReviewTrigger.valueOf(trigger));
        runs.count(job.getInstanceId(), period, trigger, schedule(), ids.size(), stored);
    }

    private Long schedule() {
        return scheduleId == null || scheduleId.isBlank() ? null : Long.valueOf(scheduleId);
    }
}
