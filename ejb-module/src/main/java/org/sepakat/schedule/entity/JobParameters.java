package org.sepakat.schedule.entity;

import java.util.Properties;
import org.sepakat.shared.entity.Period;

/**
 * The parameters a review job is started with. {@code pauseMillisBetweenChunks} spaces the
 * chunks out to limit the load on a busy database; {@code itemCount} is how many SLAs one chunk
 * (one transaction, one checkpoint) reviews.
 */
public final class JobParameters {

    public static final String PERIOD = "period";
    public static final String SCHEDULE_ID = "scheduleId";
    public static final String TRIGGER = "trigger";
    public static final String ITEM_COUNT = "itemCount";
    public static final String PAUSE_MILLIS = "pauseMillisBetweenChunks";
    public static final String SCHEDULE = "SCHEDULE";
    public static final String ON_DEMAND = "ON_DEMAND";
    public static final int DEFAULT_ITEM_COUNT = 100;

    private JobParameters() {}

    public static Properties of(Period period, Long scheduleId, String trigger, int itemCount, long pauseMillis) {
        if (itemCount < 1) {
            throw new IllegalArgumentException("item count must be positive: " + itemCount);
        }
        if (pauseMillis < 0) {
            throw new IllegalArgumentException("pause must not be negative: " + pauseMillis);
        }
        Properties parameters = new Properties();
        parameters.setProperty(PERIOD, period.toString());
        parameters.setProperty(SCHEDULE_ID, scheduleId == null ? "" : scheduleId.toString());
        parameters.setProperty(TRIGGER, trigger);
        parameters.setProperty(ITEM_COUNT, Integer.toString(itemCount));
        parameters.setProperty(PAUSE_MILLIS, Long.toString(pauseMillis));
        return parameters;
    }

    /** The month a job reviews; none when the parameters do not name one (a job of another kind). */
    public static Period period(Properties parameters) {
        String value = parameters == null ? null : parameters.getProperty(PERIOD);
        return value == null || value.isBlank() ? null : Period.parse(PERIOD, value);
    }

    public static Long scheduleId(Properties parameters) {
        String value = parameters == null ? null : parameters.getProperty(SCHEDULE_ID);
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }
}
