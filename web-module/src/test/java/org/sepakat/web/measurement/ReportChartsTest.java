package org.sepakat.web.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.measurement.entity.TargetPoint;
import org.sepakat.measurement.entity.WorkloadPoint;
import org.sepakat.shared.entity.Period;

/** The dashboard's series line up per period, keep gaps as gaps, and become a Chart.js configuration. */
class ReportChartsTest {

    private static final Period AUG = Period.of(2026, 8);
    private static final Period SEP = Period.of(2026, 9);
    private static final Period OCT = Period.of(2026, 10);

    @Test
    @DisplayName("Attainment: one series per target over every period, null where a period had no figure")
    void attainmentSeriesAlignOnPeriods() {
        ReportCharts.Chart chart = ReportCharts.attainment(List.of(
                new TargetPoint(AUG, "Availability", "AT_LEAST", new BigDecimal("99.5"), new BigDecimal("99.9")),
                new TargetPoint(SEP, "Availability", "AT_LEAST", new BigDecimal("99.5"), null),
                new TargetPoint(SEP, "P1 response", "AT_LEAST", new BigDecimal("90"), new BigDecimal("85")),
                new TargetPoint(OCT, "Availability", "AT_LEAST", new BigDecimal("99.5"), new BigDecimal("99.2"))));

        assertThat(chart.periods()).containsExactly("2026-08", "2026-09", "2026-10");
        assertThat(chart.measured())
                .extracting(ReportCharts.Series::name)
                .containsExactly("Availability", "P1 response");
        assertThat(chart.measured().get(0).values())
                .containsExactly(new BigDecimal("99.9"), null, new BigDecimal("99.2"));
        assertThat(chart.measured().get(1).values()).containsExactly(null, new BigDecimal("85"), null);
        assertThat(chart.limits().get(0).values())
                .containsExactly(new BigDecimal("99.5"), new BigDecimal("99.5"), new BigDecimal("99.5"));
    }

    @Test
    @DisplayName("Workload: bars of the actual workload and a dashed line of the maximum, as Chart.js reads them")
    void workloadBecomesABarChartWithItsLimit() {
        ReportCharts.Chart chart = ReportCharts.workload(List.of(
                new WorkloadPoint(SEP, "Tickets", 100, new BigDecimal("96")),
                new WorkloadPoint(OCT, "Tickets", 100, new BigDecimal("120"))));
        JsonObject config = Json.createReader(new StringReader(ReportCharts.barJson(chart, "Workload", "(maximum)")))
                .readObject();

        assertThat(config.getString("type")).isEqualTo("bar");
        assertThat(config.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("2026-09", "2026-10");
        var datasets = config.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets).hasSize(2);
        JsonObject actual = datasets.getJsonObject(0);
        assertThat(actual.getString("type")).isEqualTo("bar");
        assertThat(actual.getString("label")).isEqualTo("Tickets");
        assertThat(actual.getJsonArray("data").getJsonNumber(1).intValue()).isEqualTo(120);
        JsonObject maximum = datasets.getJsonObject(1);
        assertThat(maximum.getString("type")).isEqualTo("line");
        assertThat(maximum.getString("label")).isEqualTo("Tickets (maximum)");
        assertThat(maximum.containsKey("borderDash")).isTrue();
        assertThat(config.getJsonObject("options")
                        .getJsonObject("plugins")
                        .getJsonObject("title")
                        .getString("text"))
                .isEqualTo("Workload");
    }

    @Test
    @DisplayName("A period without a figure is a gap (null) in the chart, never a zero")
    void gapsStayNull() {
        ReportCharts.Chart chart = ReportCharts.attainment(List.of(
                new TargetPoint(SEP, "Availability", "AT_LEAST", new BigDecimal("99.5"), null),
                new TargetPoint(OCT, "Availability", "AT_LEAST", new BigDecimal("99.5"), new BigDecimal("99.7"))));
        JsonObject config = Json.createReader(
                        new StringReader(ReportCharts.lineJson(chart, "Attainment", "(threshold)")))
                .readObject();
        var data = config.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data");
        assertThat(data.get(0)).isEqualTo(JsonValue.NULL);
        assertThat(data.getJsonNumber(1).bigDecimalValue()).isEqualByComparingTo("99.7");
    }

    @Test
    @DisplayName("A target or limit name with markup cannot end the page's script: the configuration carries no < > &")
    void namesWithMarkupStayInsideTheScript() {
        String name = "</script><base href=\"https://evil.example/\"> & more";
        ReportCharts.Chart attainment = ReportCharts.attainment(
                List.of(new TargetPoint(SEP, name, "AT_LEAST", new BigDecimal("90"), new BigDecimal("95"))));
        ReportCharts.Chart workload =
                ReportCharts.workload(List.of(new WorkloadPoint(SEP, name, 100, new BigDecimal("9"))));

        for (String json : List.of(
                ReportCharts.lineJson(attainment, "<b>Attainment</b>", "(threshold)"),
                ReportCharts.barJson(workload, "Workload", "(maximum)"))) {
            assertThat(json).doesNotContain("<", ">", "&");
            JsonObject config = Json.createReader(new StringReader(json)).readObject();
            assertThat(config.getJsonObject("data")
                            .getJsonArray("datasets")
                            .getJsonObject(0)
                            .getString("label"))
                    .isEqualTo(name);
        }
    }

    @Test
    @DisplayName(
            "Issue 12 §3: the attainment axis is scaled around the threshold, so 99.5 against 99.8 can be told apart")
    void attainmentAxisIsScaledAroundTheThreshold() {
        ReportCharts.Chart chart = ReportCharts.attainment(List.of(
                new TargetPoint(SEP, "Availability", "AT_LEAST", new BigDecimal("99.5"), new BigDecimal("99.8")),
                new TargetPoint(OCT, "Availability", "AT_LEAST", new BigDecimal("99.5"), new BigDecimal("99.6"))));
        JsonObject y = Json.createReader(new StringReader(ReportCharts.lineJson(chart, "Attainment", "(threshold)")))
                .readObject()
                .getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("y");
        assertThat(y.getJsonNumber("min").bigDecimalValue()).isEqualByComparingTo("99.4");
        assertThat(y.getJsonNumber("max").bigDecimalValue()).isEqualByComparingTo("99.9");
    }

    @Test
    @DisplayName("Issue 12 §3: an axis around shares never goes above 100 or below 0")
    void attainmentAxisStaysWithinPercent() {
        ReportCharts.Chart chart = ReportCharts.attainment(List.of(
                new TargetPoint(SEP, "P1 response", "AT_LEAST", new BigDecimal("90"), new BigDecimal("2")),
                new TargetPoint(OCT, "P1 response", "AT_LEAST", new BigDecimal("90"), new BigDecimal("100"))));
        JsonObject y = Json.createReader(new StringReader(ReportCharts.lineJson(chart, "Attainment", "(threshold)")))
                .readObject()
                .getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("y");
        assertThat(y.getJsonNumber("min").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(y.getJsonNumber("max").bigDecimalValue()).isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("Issue 12 §3: each target gets its own chart over the same periods, its axis around its own threshold,"
            + " so 99.5 % availability and 90 % resolution do not squeeze each other")
    void eachTargetHasItsOwnScaledChart() {
        ReportCharts.Chart chart = ReportCharts.attainment(List.of(
                new TargetPoint(SEP, "Availability", "AT_LEAST", new BigDecimal("99.5"), new BigDecimal("99.8")),
                new TargetPoint(OCT, "Availability", "AT_LEAST", new BigDecimal("99.5"), new BigDecimal("99.6")),
                new TargetPoint(OCT, "P1 resolution", "AT_LEAST", new BigDecimal("90"), new BigDecimal("80"))));

        List<ReportCharts.Chart> each = ReportCharts.each(chart);

        assertThat(each).hasSize(2);
        assertThat(each).allSatisfy(c -> assertThat(c.periods()).containsExactly("2026-09", "2026-10"));
        assertThat(each.get(0).measured()).extracting(ReportCharts.Series::name).containsExactly("Availability");
        assertThat(each.get(1).limits().get(0).values()).containsExactly(null, new BigDecimal("90"));
        JsonObject availability = yAxis(ReportCharts.lineJson(each.get(0), "Availability", "(threshold)"));
        assertThat(availability.getJsonNumber("min").bigDecimalValue()).isEqualByComparingTo("99.4");
        assertThat(availability.getJsonNumber("max").bigDecimalValue()).isEqualByComparingTo("99.9");
        JsonObject resolution = yAxis(ReportCharts.lineJson(each.get(1), "P1 resolution", "(threshold)"));
        assertThat(resolution.getJsonNumber("min").bigDecimalValue()).isEqualByComparingTo("77");
        assertThat(resolution.getJsonNumber("max").bigDecimalValue()).isEqualByComparingTo("93");
    }

    @Test
    @DisplayName("Issue 12 §3: the workload axis is scaled around the maximum and the figures, in whole numbers, with"
            + " room above the maximum")
    void workloadAxisIsScaledAroundTheMaximum() {
        ReportCharts.Chart chart = ReportCharts.workload(List.of(
                new WorkloadPoint(SEP, "Tickets", 100, new BigDecimal("70")),
                new WorkloadPoint(OCT, "Tickets", 100, new BigDecimal("96"))));

        JsonObject y = yAxis(ReportCharts.barJson(chart, "Workload", "(maximum)"));

        assertThat(y.getJsonNumber("min").bigDecimalValue()).isEqualByComparingTo("62");
        assertThat(y.getJsonNumber("max").bigDecimalValue()).isEqualByComparingTo("108");
    }

    @Test
    @DisplayName("Issue 12 §3: a workload axis never goes below 0, and one figure equal to its maximum still has room")
    void workloadAxisStaysAboveZero() {
        ReportCharts.Chart chart =
                ReportCharts.workload(List.of(new WorkloadPoint(SEP, "Changes", 2, new BigDecimal("2"))));

        JsonObject y = yAxis(ReportCharts.barJson(chart, "Workload", "(maximum)"));

        assertThat(y.getJsonNumber("min").bigDecimalValue()).isEqualByComparingTo("1");
        assertThat(y.getJsonNumber("max").bigDecimalValue()).isEqualByComparingTo("3");
    }

    private static JsonObject yAxis(String json) {
        return Json.createReader(new StringReader(json))
                .readObject()
                .getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("y");
    }
}
