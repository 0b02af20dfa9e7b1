package org.sepakat.review.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sepakat.review.boundary.ReviewRuns;

/** Gives every review job its counts row from the start, so a run that found nothing due shows 0 / 0. */
@Named("reviewRunListener")
@Dependent
public class ReviewRunListener extends AbstractJobListener {

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
    public void beforeJob() {
        runs.count(job.getInstanceId(), period, trigger,
                scheduleId == null || scheduleId.isBlank() ? null : Long.valueOf(scheduleId), 0, 0);
    }
}
