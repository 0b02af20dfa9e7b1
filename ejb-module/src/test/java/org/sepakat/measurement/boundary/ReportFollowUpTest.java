package org.sepakat.measurement.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sepakat.measurement.entity.TargetOutcome;
import org.sepakat.measurement.entity.TargetResult;

/** How a missed target reads in the improvement a review raises, in the owner's language. */
class ReportFollowUpTest {

    private static final TargetResult MISSED = new TargetResult(
            "P1 resolution",
            "RESOLUTION_TIME",
            "AT_LEAST",
            new BigDecimal("90.0000"),
            "%",
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 11, 1),
            new BigDecimal("66.6700"),
            TargetOutcome.MISSED,
            3,
            2);

    @Test
    void missedTargetInEnglish() {
        assertThat(ReportFollowUp.describe(Locale.ENGLISH, MISSED))
                .isEqualTo("P1 resolution: 66.67 %, target at least 90");
    }

    @Test
    void missedTargetInBahasaIndonesia() {
        assertThat(ReportFollowUp.describe(Locale.forLanguageTag("id"), MISSED))
                .isEqualTo("P1 resolution: 66.67 %, target paling sedikit 90");
    }
}
