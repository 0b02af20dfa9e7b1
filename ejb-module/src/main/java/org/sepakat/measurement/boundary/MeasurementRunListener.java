package org.sepakat.measurement.boundary;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sepakat.measurement.control.MeasurementJobProperties;

/** Gives every review job its counts row from the start, so a run that found nothing due shows 0 / 0. */
@Named("measurementRunListener")
@Dependent
public class MeasurementRunListener extends AbstractJobListener {

    @Inject
    MeasurementRuns runs;

    @Inject
    JobContext job;

    @Override
    public void beforeJob() {
        MeasurementJobProperties run = MeasurementJobProperties.of(job);
        runs.count(job.getInstanceId(), run.period(), run.trigger().name(), run.scheduleId(), 0, 0);
    }
}
