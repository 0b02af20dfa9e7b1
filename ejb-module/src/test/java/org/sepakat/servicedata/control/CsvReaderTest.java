package org.sepakat.servicedata.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.servicedata.entity.PauseData;
import org.sepakat.servicedata.entity.RecordKind;
import org.sepakat.servicedata.entity.TicketData;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/** Reading CSV files of service data into deliveries; what cannot be read is a problem of its row. */
class CsvReaderTest {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("Tickets: columns in any order, a byte-order mark, quoted values, pauses as start/end;start/end")
    void ticketsAreRead() {
        CsvReader.Parsed parsed = CsvReader.read(
                RecordKind.TICKETS,
                csv("\uFEFFpriority,external_id,service,customer,kind,"
                        + "opened,resolved,pauses,category\n"
                        + "P1,INC-1,ERP,FIN,incident,2026-10-05T09:00:00+07:00,2026-10-05T12:00:00+07:00,"
                        + "2026-10-05T10:00:00+07:00/2026-10-05T10:30:00+07:00;2026-10-05T11:00:00+07:00/2026-10-05T11:10:00+07:00,"
                        + "\"network, remote\"\n"
                        + "\n"
                        + "P3,REQ-2,EMAIL,FIN,request,2026-10-06T09:00:00Z,,,\n"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(2);
        TicketData first = parsed.batch().tickets().get(0);
        assertThat(first.externalId()).isEqualTo("INC-1");
        assertThat(first.category()).isEqualTo("network, remote");
        assertThat(first.pauses())
                .containsExactly(
                        new PauseData("2026-10-05T10:00:00+07:00", "2026-10-05T10:30:00+07:00"),
                        new PauseData("2026-10-05T11:00:00+07:00", "2026-10-05T11:10:00+07:00"));
        TicketData second = parsed.batch().tickets().get(1);
        assertThat(second.resolved()).isNull();
        assertThat(second.pauses()).isEmpty();
        assertThat(parsed.rows().get(0)).startsWith("INC-1", "ERP", "FIN", "incident", "P1", "network, remote");
    }

    @Test
    @DisplayName("Outages and KPI values: flags and numbers that cannot be read are named by row and field")
    void unreadableValuesAreProblemsOfTheirRow() {
        CsvReader.Parsed outages = CsvReader.read(
                RecordKind.OUTAGES,
                csv("external_id,service,starts,ends,planned,description\n"
                        + "OUT-1,ERP,2026-10-05T02:00:00Z,2026-10-05T03:00:00Z,yes,patch\n"
                        + "OUT-2,ERP,2026-10-06T02:00:00Z,,perhaps,\n"));
        assertThat(outages.batch().outages().get(0).planned()).isTrue();
        assertThat(outages.problems()).extracting(FieldProblem::field).containsExactly("outages[1].planned");

        CsvReader.Parsed kpis = CsvReader.read(
                RecordKind.KPI_VALUES,
                csv("sla,measure,period,value,note\n"
                        + "SLA-1,Named users,2026-10,412,from HR\n"
                        + "SLA-1,Named users,2026-11,many,\n"));
        assertThat(kpis.batch().kpiValues().get(0).value()).isEqualByComparingTo(new BigDecimal("412"));
        assertThat(kpis.batch().kpiValues().get(0).externalId()).isNull();
        assertThat(kpis.problems()).extracting(FieldProblem::field).containsExactly("kpiValues[1].value");
    }

    @Test
    @DisplayName("A header without a required column, or with an unknown one, refuses the file")
    void headerMustFit() {
        assertThatThrownBy(() -> CsvReader.read(
                        RecordKind.TICKETS, csv("external_id,service,kind,priority,opened,colour\nx,y,z,P1,2026\n")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).arguments())
                        .containsSequence("customer", "colour"));
    }

    @Test
    @DisplayName("A file over 5 MB is refused before it is read")
    void tooLarge() {
        assertThatThrownBy(() -> CsvReader.read(RecordKind.OUTAGES, new byte[CsvReader.MAX_BYTES + 1]))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).messageKey())
                        .isEqualTo("error.serviceData.fileTooLarge"));
    }

    @Test
    @DisplayName("Moments need their offset; a month is YYYY-MM")
    void momentsAndMonths() {
        RowProblems row = new RowProblems("tickets[0]");
        assertThat(row.moment("opened", "2026-10-05T09:00:00+07:00")).hasToString("2026-10-05T02:00:00Z");
        assertThat(row.moment("opened", "2026-10-05T09:00:00")).isNull();
        assertThat(row.period("period", "2026-10")).hasToString("2026-10");
        assertThat(row.period("period", "Oct 2026")).isNull();
        assertThat(row.problems())
                .extracting(FieldProblem::field)
                .containsExactly("tickets[0].opened", "tickets[0].period");
    }
}
