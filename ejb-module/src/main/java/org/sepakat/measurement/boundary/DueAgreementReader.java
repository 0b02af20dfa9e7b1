package org.sepakat.measurement.boundary;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import org.sepakat.measurement.control.MeasurementJobProperties;

/**
 * Reads the ids of the SLAs still due for the period, in id order. Its checkpoint is the last id
 * handed out: a restarted job goes on after it (and SLAs reported meanwhile are no longer due).
 * Between chunks it can pause, to spare a database that also serves users.
 */
@Named("dueAgreementReader")
@Dependent
public class DueAgreementReader extends AbstractItemReader {

    @Inject
    PeriodMeasurements reviews;

    @Inject
    JobContext job;

    private MeasurementJobProperties run;
    private Iterator<Long> due;
    private Long lastId;
    private long read;

    @Override
    public void open(Serializable checkpoint) {
        run = MeasurementJobProperties.of(job);
        lastId = (Long) checkpoint;
        due = reviews.dueAgreements(run.period()).stream()
                .filter(id -> lastId == null || id > lastId)
                .iterator();
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (run.pauseMillis() > 0 && read > 0 && read % run.itemCount() == 0) {
            Thread.sleep(run.pauseMillis());
        }
        if (!due.hasNext()) {
            return null;
        }
        lastId = due.next();
        read++;
        return lastId;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
