package org.sepakat.measurement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.measurement.entity.RunTrigger;
import org.sepakat.shared.entity.Period;

class MeasurementJobPropertiesTest {

    private static Properties properties(String scheduleId) {
        Properties properties = new Properties();
        properties.setProperty("period", "2026-03");
        properties.setProperty("trigger", "SCHEDULE");
        properties.setProperty("scheduleId", scheduleId);
        properties.setProperty("itemCount", "25");
        properties.setProperty("pauseMillisBetweenChunks", "500");
        return properties;
    }

    @Test
    @DisplayName("SLM-6: a scheduled run reads its month, trigger, schedule, chunk size and pause")
    void scheduledRun() {
        assertThat(MeasurementJobProperties.of(properties("42")))
                .isEqualTo(new MeasurementJobProperties(Period.of(2026, 3), RunTrigger.SCHEDULE, 42L, 25, 500));
    }

    @Test
    @DisplayName("SLM-6: a run started by hand has no schedule (the parameter is empty)")
    void runWithoutSchedule() {
        assertThat(MeasurementJobProperties.of(properties("")).scheduleId()).isNull();
        Properties noSchedule = properties("");
        noSchedule.remove("scheduleId");
        assertThat(MeasurementJobProperties.of(noSchedule).scheduleId()).isNull();
    }
}
