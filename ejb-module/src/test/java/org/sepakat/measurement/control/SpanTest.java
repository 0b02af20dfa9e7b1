package org.sepakat.measurement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.terms.MeasurementPeriod;

class SpanTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    @DisplayName("A month runs from its first day 00:00 to the next first day 00:00 in the SLA's zone")
    void monthInTheSlaZone() {
        Span march = Span.month(Period.of(2026, 3), JAKARTA);
        assertThat(march.fromSecond())
                .isEqualTo(LocalDate.of(2026, 2, 28).atTime(17, 0).toEpochSecond(java.time.ZoneOffset.UTC));
        assertThat(march.toSecond() - march.fromSecond()).isEqualTo(31 * 86_400L);
        assertThat(march.previous(JAKARTA).from()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    @DisplayName("A quarter is due only in its last month and spans the whole quarter")
    void quarterDueInItsLastMonth() {
        assertThat(Span.due(MeasurementPeriod.QUARTER, Period.of(2026, 5), JAKARTA))
                .isNull();
        Span second = Span.due(MeasurementPeriod.QUARTER, Period.of(2026, 6), JAKARTA);
        assertThat(second.from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(second.to()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(second.previous(JAKARTA).from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Span.due(MeasurementPeriod.QUARTER, Period.of(2026, 12), JAKARTA)
                        .to())
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
