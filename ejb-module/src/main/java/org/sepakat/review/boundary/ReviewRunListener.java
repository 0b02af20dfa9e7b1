package org.sepakat.review.boundary;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sepakat.review.control.ReviewJobProperties;

/** Gives every review job its counts row from the start, so a run that found nothing due shows 0 / 0. */
@Named("reviewRunListener")
@Dependent
public class ReviewRunListener extends AbstractJobListener {

    @Inject
    ReviewRuns runs;

    @Inject
    JobContext job;

    @Override
    public void beforeJob() {
        ReviewJobProperties run = ReviewJobProperties.of(job);
        runs.count(job.getInstanceId(), run.period().toString(), run.trigger().name(), run.scheduleId(), 0, 0);
    }
}
