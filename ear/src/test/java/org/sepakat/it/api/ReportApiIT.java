package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Download;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ReportFixtures;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.StoredReports;
import org.sepakat.it.support.Unique;
import org.sepakat.shared.entity.Period;

/** Period reports of an SLA over REST (SLM-6, SLM-7): read, review, export. */
@ExtendWith(ArquillianExtension.class)
class ReportApiIT {

    private final Api slaman = Api.as(DemoUsers.SLAMAN);
    private final Api auditor = Api.as(DemoUsers.AUDITOR);
    private final Slas slas = Slas.as(DemoUsers.SLAMAN);
    private long sla;
    private String reference;
    private String base;
    private Period period;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ReportFixtures.ear();
    }

    /** A draft SLA of the demo customer FIN, with two months reported (the later one with a missed target). */
    @BeforeEach
    void slaWithTwoReports() {
        long finance = slas.finance();
        reference = Unique.code("SLA");
        sla = slas.draft(new Slas.Document(reference).customer(finance))
                .json()
                .getJsonNumber("id")
                .longValue();
        base = "api/v1/slas/" + sla + "/reports";
        period = Period.of(2026, 1 + ThreadLocalRandom.current().nextInt(11));
        ReportFixtures.store(sla, reference, finance, "FIN", period.minusMonths(1), "96", 60);
        ReportFixtures.store(sla, reference, finance, "FIN", period, "85.5", 95);
    }

    @Test
    @DisplayName(
            "SLM-6: the SLA's reports are listed newest first; one month reads in full; a month without report is 404")
    void readReports() {
        Reply list = auditor.get(base + "?size=1");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().getInt("total")).isEqualTo(2);
        assertThat(list.json().getJsonArray("items").getJsonObject(0).getString("period"))
                .isEqualTo(period.toString());

        Reply report = Api.as(DemoUsers.RELMAN).get(base + "/" + period);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonObject body = report.json();
        assertThat(body.getString("rating")).isEqualTo("RED");
        assertThat(body.getString("agreementReference")).isEqualTo(reference);
        assertThat(body.getJsonArray("targets").getJsonObject(1).getString("name"))
                .isEqualTo(StoredReports.RESPONSE);
        assertThat(body.getJsonArray("targets").getJsonObject(1).getString("outcome"))
                .isEqualTo("MISSED");
        assertThat(body.getJsonArray("targets")
                        .getJsonObject(1)
                        .getJsonNumber("attained")
                        .doubleValue())
                .isEqualTo(85.5);
        assertThat(body.getJsonArray("limits")
                        .getJsonObject(0)
                        .getJsonNumber("shareOfLimit")
                        .intValue())
                .isEqualTo(95);
        assertThat(body.getJsonArray("exclusions").getJsonObject(0).getString("reason"))
                .isEqualTo("MAINTENANCE_WINDOW");
        assertThat(body.getJsonObject("review").getString("state")).isEqualTo("AWAITING_REVIEW");
        assertThat(report.header("ETag")).contains(String.valueOf(body.getInt("version")));

        Reply missing = slaman.get(base + "/" + period.plusMonths(1));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        Reply badMonth = slaman.get(base + "/2026-13");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("period");
    }

    @Test
    @DisplayName("SLM-7: the review outcome is recorded with If-Match; a stale version is 409; the auditor gets 403")
    void recordReview() {
        JsonObject report = slaman.get(base + "/" + period).json();
        String etag = "\"" + report.getInt("version") + "\"";
        String accepted =
                "{\"state\":\"ACCEPTED\",\"comments\":\"Agreed in the monthly meeting\",\"actions\":\"Add a P1 rota\"}";

        Reply forbidden = auditor.put(base + "/" + period + "/review", accepted, "If-Match", etag);
        assertThat(forbidden.status()).isEqualTo(403);

        Reply reviewed = slaman.put(base + "/" + period + "/review", accepted, "If-Match", etag);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().getJsonObject("review").getString("state")).isEqualTo("ACCEPTED");
        assertThat(reviewed.json().getJsonObject("review").getString("reviewedBy"))
                .isEqualTo(DemoUsers.SLAMAN);
        assertThat(reviewed.json().getString("rating")).isEqualTo("RED");

        Reply stale = slaman.put(base + "/" + period + "/review", accepted, "If-Match", etag);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        Reply noOutcome = slaman.put(
                base + "/" + period + "/review",
                "{\"comments\":\"?\",\"version\":" + reviewed.json().getInt("version") + "}");
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("state");

        assertThat(auditor.get(base + "/" + period)
                        .json()
                        .getJsonObject("review")
                        .getString("comments"))
                .isEqualTo("Agreed in the monthly meeting");
    }

    @Test
    @DisplayName("Issue 9: in the CSV every field is quoted and, split on ';' as Excel with Indonesian settings does, "
            + "no piece of a name starts a formula")
    void csvIsSafeWithASemicolonListSeparator() throws IOException {
        Period earlier = period.minusMonths(2);
        ReportFixtures.store(sla, reference, slas.finance(), "FIN", earlier, "95", 50, "x;=1+1;", "Tickets,@SUM(A1)");
        Download csv = auditor.download(base + "/" + earlier + ".csv");
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            assertThat(line)
                    .as("every field quoted")
                    .startsWith("\"")
                    .endsWith("\"")
                    .doesNotContain("\",,\"");
            for (String piece : line.split("[;,]")) {
                assertThat(piece.replace("\"", "").strip())
                        .as("a cell Excel makes of %s", line)
                        .doesNotMatch("[=+@].*");
            }
        }
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows.get(0).get("name")).isEqualTo("x;'=1+1;");
        assertThat(rows.get(2).get("name")).isEqualTo("Tickets,'@SUM(A1)");
    }

    @Test
    @DisplayName("Issue 9: a page number beyond any list is a 400 naming the field, not a server error")
    void hugePageNumberIsRefused() {
        for (String query : List.of("?page=2147483647", "?page=2147483647&size=500", "?page=99999999999")) {
            Reply reply = auditor.get(base + query);
            assertThat(reply.status()).as(query + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                    .isEqualTo("page");
        }
        assertThat(auditor.get(base + "?page=1&size=1").json().getJsonArray("items"))
                .hasSize(1);
    }

    @Test
    @DisplayName("SLM-6: the report downloads as CSV, Excel and PDF with the SLA reference and its targets")
    void exports() throws IOException {
        Download csv = auditor.download(base + "/" + period + ".csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).extracting(r -> r.get("section")).containsExactly("TARGET", "TARGET", "LIMIT", "EXCLUSION");
        assertThat(rows.get(1).get("name")).isEqualTo(StoredReports.RESPONSE);
        assertThat(rows.get(1).get("attained")).isEqualTo("85.5");
        assertThat(rows.get(0).get("agreement_reference")).isEqualTo(reference);
        assertThat(rows.get(0).get("metric_label"))
                .as("labels for people, English by default")
                .isEqualTo("Availability");
        List<CSVRecord> indonesian = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(
                        auditor.download(base + "/" + period + ".csv?lang=id").body(), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(indonesian.get(0).get("metric"))
                .as("issue 12 §3: codes stay for other tools")
                .isEqualTo("AVAILABILITY");
        assertThat(indonesian.get(0).get("metric_label")).isEqualTo("Ketersediaan");
        assertThat(indonesian.get(3).get("amount_text")).isEqualTo("2:00 jam");
        JsonObject json = auditor.get(base + "/" + period).json();
        String until = period.nextFirstDay().toString();
        assertThat(json.getString("periodUntil")).as("exclusive").isEqualTo(until);
        assertThat(json.getJsonArray("targets").getJsonObject(1).getString("measuredUntil"))
                .isEqualTo(until);
        assertThat(json.getJsonArray("limits").getJsonObject(0).getString("measuredUntil"))
                .isEqualTo(until);
        assertThat(rows.get(1).get("measured_until"))
                .as("the CSV ends the period as the JSON does")
                .isEqualTo(until);
        assertThat(rows.get(2).get("measured_until")).isEqualTo(until);

        Download xlsx = auditor.download(base + "/" + period + ".xlsx?lang=id");
        assertThat(xlsx.status()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet targets = workbook.getSheetAt(1);
            assertThat(targets.getRow(2).getCell(0).getStringCellValue()).isEqualTo(StoredReports.RESPONSE);
            assertThat(targets.getRow(2).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(targets.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(85.5);
            assertThat(targets.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Tidak tercapai");
        }

        Download pdf = auditor.download(base + "/" + period + "/document");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(reference, StoredReports.RESPONSE, StoredReports.AVAILABILITY, "Missed", "Red");
        }
        assertThat(auditor.download(base + "/" + period.plusMonths(1) + ".csv").status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("SLM-6: a past month of an agreed SLA is computed on demand, once; a month not yet ended is refused")
    void runAPastMonthOnDemand() {
        String calendar = slas.calendar();
        String agreed = Unique.code("SLA");
        long id = slas.active(slas.forFinanceEmail(agreed)
                .targets("[{\"name\":\"Mail availability\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":99.5,\"period\":\"MONTH\",\"calendarCode\":\"" + calendar + "\"}]")
                .limits("[{\"name\":\"Tickets\",\"metric\":\"TICKETS\",\"maximum\":200,\"period\":\"MONTH\","
                        + "\"overLimit\":\"REPORT_ONLY\"}]")
                .noExceptions());

        String lastMonth = YearMonth.now().minusMonths(1).toString();
        String reports = "api/v1/slas/" + id + "/reports/";
        assertThat(auditor.post(reports + lastMonth, "").status()).isEqualTo(403);
        Reply run = slaman.post(reports + lastMonth, "");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        assertThat(run.json().getString("triggeredBy")).isEqualTo("ON_DEMAND");
        assertThat(run.json().getString("agreementReference")).isEqualTo(agreed);
        assertThat(run.json().getJsonArray("targets").getJsonObject(0).getString("name"))
                .isEqualTo("Mail availability");
        assertThat(run.json().getJsonArray("limits").getJsonObject(0).getString("name"))
                .isEqualTo("Tickets");

        Reply again = slaman.post(reports + lastMonth, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("id").longValue())
                .isEqualTo(run.json().getJsonNumber("id").longValue());
        assertThat(auditor.get(reports + lastMonth).json().getString("period")).isEqualTo(lastMonth);

        Reply notEnded = slaman.post(reports + YearMonth.now(), "");
        assertThat(notEnded.status()).isEqualTo(422);
        assertThat(notEnded.json().getString("rule")).isEqualTo("SLM-6");
    }

    @Test
    @DisplayName("Issue 11 §1: of concurrent requests to compute the same month exactly one answers 201, every other "
            + "200 with the same report")
    void concurrentRunsOfOneMonthComputeOnce() throws Exception {
        String agreed = Unique.code("SLA");
        long id = slas.active(slas.forFinanceEmail(agreed)
                .targets("[{\"name\":\"Mail availability\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":99.5,\"period\":\"MONTH\",\"calendarCode\":\"" + slas.calendar() + "\"}]")
                .limits("[{\"name\":\"Tickets\",\"metric\":\"TICKETS\",\"maximum\":200,\"period\":\"MONTH\","
                        + "\"overLimit\":\"REPORT_ONLY\"}]")
                .noExceptions());
        String month = "api/v1/slas/" + id + "/reports/" + YearMonth.now().minusMonths(2);
        int requests = 6;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return slaman.post(month, "");
                }));
            }
            start.countDown();
            List<Reply> answered = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get(5, TimeUnit.MINUTES));
            }
            assertThat(answered)
                    .as("statuses")
                    .extracting(Reply::status)
                    .containsOnly(200, 201)
                    .filteredOn(status -> status == 201)
                    .hasSize(1);
            assertThat(answered)
                    .extracting(reply -> reply.json().getJsonNumber("id").longValue())
                    .containsOnly(auditor.get(month).json().getJsonNumber("id").longValue());
        } finally {
            pool.shutdownNow();
        }
        assertThat(auditor.get("api/v1/slas/" + id + "/reports").json().getInt("total"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("Issue 11 §1: a 24×7 availability target over EMAIL and ERP is one line per service, by the same name"
            + " in the JSON, the CSV, the Excel workbook and the PDF")
    void availabilityLinesPerServiceInEveryExport() throws IOException {
        String agreed = Unique.code("SLA");
        long id = slas.active(slas.forFinanceEmail(agreed)
                .services(slas.email(), slas.firstId("api/v1/services?code=ERP"))
                .targets("[{\"name\":\"Availability\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":99.5,\"period\":\"MONTH\"}]")
                .limits("[{\"name\":\"Tickets\",\"metric\":\"TICKETS\",\"maximum\":100000,\"period\":\"MONTH\","
                        + "\"overLimit\":\"REPORT_ONLY\"}]")
                .noExceptions());
        String month = YearMonth.now().minusMonths(1).toString();
        String report = "api/v1/slas/" + id + "/reports/" + month;
        Reply run = slaman.post(report, "");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        List<String> lines = List.of("Availability · EMAIL", "Availability · ERP");

        assertThat(run.json().getJsonArray("targets").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("name"))
                .containsExactlyElementsOf(lines);
        Download csv = auditor.download(report + ".csv");
        assertThat(csv.status()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows)
                .filteredOn(r -> r.get("section").equals("TARGET"))
                .extracting(r -> r.get("name"))
                .containsExactlyElementsOf(lines);
        Download xlsx = auditor.download(report + ".xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet targets = workbook.getSheetAt(1);
            assertThat(targets.getLastRowNum())
                    .as("a header and a row per line")
                    .isEqualTo(2);
            assertThat(List.of(
                            targets.getRow(1).getCell(0).getStringCellValue(),
                            targets.getRow(2).getCell(0).getStringCellValue()))
                    .containsExactlyElementsOf(lines);
        }
        Download pdf = auditor.download(report + "/document");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(lines);
        }
    }
}
