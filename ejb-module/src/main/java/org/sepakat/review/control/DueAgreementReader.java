package org.sepakat.review.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Iterator;
import org.sepakat.review.boundary.PeriodReviews;

/**
 * Reads the ids of the SLAs still due for the period, in id order. Its checkpoint is the last id
 * handed out: a restarted job goes on after it (and SLAs reported meanwhile are no longer due).
 * Between chunks it can pause, to spare a database that also serves users.
 */
@Named("dueAgreementReader")
@Dependent
public class DueAgreementReader extends AbstractItemReader {

    @Inject
    PeriodReviews reviews;

    @Inject
    @BatchProperty
    String period;

    @Inject
    @BatchProperty
    String itemCount;

    @Inject
    @BatchProperty(name = "pauseMillisBetweenChunks")
    String pauseMillis;

    private Iterator<Long> due;
    private Long lastId;
    private long read;

    @Override
    public void open(Serializable checkpoint) {
        lastId = (Long) checkpoint;
        due = reviews.dueAgreements(YearMonth.parse(period)).stream()
                .filter(id -> lastId == null || id > lastId)
                .iterator();
    }

    @Override
    public Object readItem() throws InterruptedException {
        long chunk = Long.parseLong(itemCount);
        long pause = Long.parseLong(pauseMillis);
        if (pause > 0 && read > 0 && read % chunk == 0) {
            Thread.sleep(pause);
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
