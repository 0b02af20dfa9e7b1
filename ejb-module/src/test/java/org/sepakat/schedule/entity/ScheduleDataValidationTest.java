package org.sepakat.schedule.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SLM-6, X-5: the day a schedule runs is checked on every entry path, with the reason in both languages. */
class ScheduleDataValidationTest {

    private static Set<ConstraintViolation<ScheduleData>> check(Integer day) {
        return Validation.buildDefaultValidatorFactory()
                .getValidator()
                .validate(new ScheduleData("Month end", JobKind.SLA_REVIEW, day, 2, 0, "UTC", true, null));
    }

    /** The violation's message as a user of that language reads it. */
    private static String worded(ConstraintViolation<?> violation, Locale locale) {
        String key = violation.getMessageTemplate().replaceAll("[{}]", "");
        return ResourceBundle.getBundle(
                        "ValidationMessages",
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }

    @Test
    @DisplayName("SLM-6: days 1-28, the last day (0) and 1-3 days before it (-1..-3) are accepted")
    void monthEndDaysAreAccepted() {
        for (int day : new int[] {1, 28, 0, -1, -3}) {
            assertThat(check(day)).as("day " + day).isEmpty();
        }
    }

    @Test
    @DisplayName("X-5: 29, 4 days before the last day and no day are refused, naming the field and the choices")
    void otherDaysAreRefused() {
        for (Integer day : new Integer[] {29, -4, null}) {
            assertThat(check(day)).as("day " + day).singleElement().satisfies(v -> {
                assertThat(v.getPropertyPath()).hasToString("dayOfMonth");
                assertThat(worded(v, Locale.ROOT))
                        .isEqualTo(
                                "Day of the month must be between 1 and 28, the last day or 1 to 3 days before the last day.");
                assertThat(worded(v, Locale.forLanguageTag("id")))
                        .isEqualTo(
                                "Tanggal dalam bulan harus antara 1 dan 28, hari terakhir, atau 1 sampai 3 hari sebelum hari terakhir.");
            });
        }
    }
}
