package org.sepakat.web.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A contract's spans as the form asks for them (a count and a unit) and as they are stored (ISO-8601, SUP-2). */
class SpanUnitTest {

    @Test
    @DisplayName("A count and a unit become the ISO period the boundary reads; no count, no period")
    void countAndUnitBecomeAnIsoPeriod() {
        assertThat(SpanUnit.YEARS.iso(1)).isEqualTo("P1Y");
        assertThat(SpanUnit.MONTHS.iso(3)).isEqualTo("P3M");
        assertThat(SpanUnit.DAYS.iso(30)).isEqualTo("P30D");
        assertThat(SpanUnit.MONTHS.iso(null)).isNull();
    }

    @Test
    @DisplayName("A stored period reads back in the unit it was written in")
    void storedPeriodReadsBackInItsUnit() {
        assertThat(SpanUnit.of(Period.ofYears(2))).isEqualTo(SpanUnit.YEARS);
        assertThat(SpanUnit.count(Period.ofYears(2))).isEqualTo(2);
        assertThat(SpanUnit.of(Period.ofMonths(18))).isEqualTo(SpanUnit.MONTHS);
        assertThat(SpanUnit.count(Period.ofMonths(18))).isEqualTo(18);
        assertThat(SpanUnit.of(Period.ofDays(45))).isEqualTo(SpanUnit.DAYS);
        assertThat(SpanUnit.count(Period.ofDays(45))).isEqualTo(45);
        assertThat(SpanUnit.count(null)).isNull();
    }
}
