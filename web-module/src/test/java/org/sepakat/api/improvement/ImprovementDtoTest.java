package org.sepakat.api.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.improvement.entity.Occurrence;
import org.sepakat.improvement.entity.SourceKind;

/** Issue 11 §1: the API shows the report line an opportunity is about and the repeats recorded on it. */
class ImprovementDtoTest {

    @Test
    void showsTheSourceLineAndTheRepeats() {
        ImprovementOpportunity missed = ImprovementOpportunity.raised(
                ImprovementSource.ofLine(
                        SourceKind.MISSED_TARGET, "SLA-FIN-7 2026-10", "PeriodReport", 2630L, "Response P1"),
                "Target missed: SLA-FIN-7 2026-10 · Response P1",
                "Missed in 2026-10:\n- Response P1: 85.5 %, target at least 90",
                "slaman",
                LocalDate.of(2026, 12, 1),
                3L);
        missed.recur(new Occurrence(
                "PeriodReport",
                2711L,
                "SLA-FIN-7 2026-11",
                "Missed in 2026-11:\n- Response P1: 80 %, target at least 90",
                Instant.parse("2026-12-01T02:00:00Z")));

        ImprovementDto dto = ImprovementDto.of(missed);

        assertThat(dto.sourceRecordType()).isEqualTo("PeriodReport");
        assertThat(dto.sourceRecordId()).isEqualTo(2630L);
        assertThat(dto.sourceLine()).isEqualTo("Response P1");
        assertThat(dto.occurrences())
                .extracting(
                        ImprovementDto.OccurrenceDto::recordType,
                        ImprovementDto.OccurrenceDto::recordId,
                        ImprovementDto.OccurrenceDto::reference,
                        ImprovementDto.OccurrenceDto::occurredAt)
                .containsExactly(
                        tuple("PeriodReport", 2711L, "SLA-FIN-7 2026-11", Instant.parse("2026-12-01T02:00:00Z")));
    }
}
