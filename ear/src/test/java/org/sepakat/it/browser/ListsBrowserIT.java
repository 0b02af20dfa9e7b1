package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ReviewedCustomer;
import org.sepakat.it.support.Unique;

/**
 * Issue 12 §5: a list exports what is filtered, counts it, keeps filters and sort in the address,
 * sorts names whatever their case; the history search takes a date range and links to records.
 */
class ListsBrowserIT extends SignedInBrowser {

    /** Names whose order differs between case-sensitive and case-insensitive sorting. */
    private static final List<String> NAMES_IN_ORDER = List.of("=1+2 formula", "Alpha", "beta", "Gamma");

    private static final List<String> NAMES_IN_REVERSE = List.of("Gamma", "beta", "Alpha", "=1+2 formula");

    private String prefix;
    private Path downloads;

    @Override
    protected String user() {
        return DemoUsers.ADMIN;
    }

    @BeforeEach
    void customers() throws IOException {
        prefix = Unique.code("LST");
        Api admin = Api.as(DemoUsers.ADMIN);
        List<String> names = List.of("beta", "Gamma", "=1+2 formula", "Alpha");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String body = Json.createObjectBuilder()
                    .add("code", prefix + "-" + (char) ('A' + i))
                    .add("name", name + " " + prefix)
                    .add("kind", name.equals("Alpha") ? "INTERNAL" : "EXTERNAL")
                    .build()
                    .toString();
            Reply created = admin.post("api/v1/customers", body);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        downloads = Files.createTempDirectory("sepakat-downloads");
        browser.downloadsTo(downloads);
    }

    @Test
    @DisplayName(
            "A filtered list counts its rows, sorts names case-insensitively and keeps filter and sort in the address")
    void filterAndSortLiveInTheAddress() {
        browser.open("customers/list.xhtml");
        pages.type("list:codeFilter", prefix);
        pages.waitForText("list:table", "1–4 of 4");
        assertThat(pages.text("list:table")).doesNotContain("ACME");

        sortBy("Name");
        browser.waiting().until(ExpectedConditions.urlContains("sort=name"));
        namesAre(NAMES_IN_ORDER);
        sortBy("Name");
        browser.waiting().until(ExpectedConditions.urlContains("order=desc"));
        namesAre(NAMES_IN_REVERSE);
        String bookmark = browser.driver().getCurrentUrl();
        assertThat(bookmark).contains("code=" + prefix);

        browser.open("index.xhtml");
        browser.driver().get(bookmark);
        pages.waitForText("list:table", "1–4 of 4");
        assertThat(browser.find("list:codeFilter").getDomProperty("value")).isEqualTo(prefix);
        namesAre(NAMES_IN_REVERSE);

        pages.click("list:table:0:viewLink");
        browser.waiting().until(ExpectedConditions.urlContains("customers/view"));
        browser.driver().navigate().back();
        pages.waitForText("list:table", "1–4 of 4");
        namesAre(NAMES_IN_REVERSE);
    }

    @Test
    @DisplayName(
            "§8: an export of a filtered list reads back as exactly its rows, with labels and formulas neutralised")
    void exportOfAFilteredListReadsBack() throws IOException {
        browser.open("customers/list.xhtml?sort=name&code=" + prefix);
        pages.waitForText("list:table", "1–4 of 4");

        pages.click("list:exportCsv");
        List<CSVRecord> csv = CSVFormat.DEFAULT
                .parse(new StringReader(new String(downloaded(".csv"), StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .getRecords();
        assertThat(csv.get(0).toList()).containsExactly("Code", "Name", "Kind", "Status", "Changed");
        assertThat(csv).hasSize(5);
        assertThat(csv.subList(1, 5).stream().map(r -> r.get(1)).toList())
                .containsExactly("'=1+2 formula " + prefix, "Alpha " + prefix, "beta " + prefix, "Gamma " + prefix);
        assertThat(csv.get(2).get(2)).isEqualTo("Internal");
        assertThat(csv.get(1).get(2)).isEqualTo("External");
        assertThat(csv.get(1).get(3)).isEqualTo("Prospect");

        pages.click("list:exportXlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded(".xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                Row row = sheet.getRow(i);
                names.add(row.getCell(1).getStringCellValue());
                assertThat(row.getCell(0).getStringCellValue()).startsWith(prefix);
            }
            assertThat(names.get(0)).isEqualTo("'=1+2 formula " + prefix);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Internal");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue())
                    .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d .+");
        }

        pages.type("list:nameFilter", "Alpha");
        pages.waitForText("list:table", "1–1 of 1");
    }

    @Test
    @DisplayName("X-1: the history is searched by a date range, links to its records and exports what it shows")
    void historyByDateRange() throws IOException {
        String today = LocalDate.now().toString();
        browser.open("history/search.xhtml?fieldName=name&recordKey=" + prefix + "&from=" + today + "&to=" + today);
        pages.waitForText("search:table", "of 4");
        assertThat(pages.text("search:table")).contains(prefix + "-A").contains("Customer");
        assertThat(browser.find("search:table:0:recordLink").getDomAttribute("href"))
                .contains("customers/view.xhtml?id=");

        pages.retype("search:to", "2020-01-01");
        browser.find("search:to").sendKeys("\t");
        pages.waitForText("search:toMessage", "must not be before");
        assertThat(browser.driver().getCurrentUrl()).contains("to=" + today);

        pages.retype("search:to", "");
        browser.find("search:to").sendKeys("\t");
        browser.waiting().until(d -> !d.getCurrentUrl().contains("to="));
        pages.retype("search:from", "2099-01-01");
        browser.find("search:from").sendKeys("\t");
        pages.waitForText("search:table", "No changes recorded.");
        browser.waiting().until(ExpectedConditions.urlContains("from=2099-01-01"));

        pages.retype("search:from", "31/12/2026");
        browser.find("search:from").sendKeys("\t");
        pages.waitForText("search:fromMessage", "Not a date");

        pages.retype("search:from", today);
        browser.find("search:from").sendKeys("\t");
        pages.waitForText("search:table", "of 4");
        pages.click("search:exportCsv");
        List<CSVRecord> csv = CSVFormat.DEFAULT
                .parse(new StringReader(new String(downloaded(".csv"), StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .getRecords();
        assertThat(csv).hasSize(5);
        assertThat(csv.subList(1, 5))
                .allSatisfy(row -> assertThat(row.get(2)).startsWith(prefix))
                .allSatisfy(row -> assertThat(row.get(1)).isEqualTo("Customer"))
                .allSatisfy(row -> assertThat(row.get(5)).isEqualTo("Name"));

        pages.click("search:table:0:recordLink");
        browser.waiting().until(ExpectedConditions.urlContains("customers/view"));
        pages.waitForText("customerCode", prefix);
    }

    @Test
    @DisplayName(
            "A bookmark with one filter value or sort the list no longer knows keeps the other filters and names what it left out")
    void aBadBookmarkValueLeavesTheOtherFiltersInForce() {
        browser.open("customers/list.xhtml?status=NOPE&code=" + prefix + "&sort=name&order=desc");
        pages.waitForText("list:table", "1–4 of 4");
        namesAre(NAMES_IN_REVERSE);
        assertThat(browser.find("list:codeFilter").getDomProperty("value")).isEqualTo(prefix);
        assertThat(dropped())
                .contains("The filter \"status\" in the address was left out")
                .contains("NOPE")
                .doesNotContain("\"code\"");

        browser.open("customers/list.xhtml?sort=nonsense&code=" + prefix + "&kind=INTERNAL");
        pages.waitForText("list:table", "1–1 of 1");
        assertThat(pages.text("list:table")).contains("Alpha " + prefix);
        assertThat(dropped()).contains("The order \"nonsense\" in the address was left out");

        pages.type("list:nameFilter", "Alpha");
        browser.waiting().until(ExpectedConditions.urlContains("name=Alpha"));
        assertThat(browser.driver().getCurrentUrl())
                .contains("code=" + prefix, "kind=INTERNAL")
                .doesNotContain("nonsense");
    }

    @Test
    @DisplayName(
            "SLM-5: service data keep filters and sort in the address, come back with the back button and export the filtered rows")
    void serviceDataListsLiveInTheAddressAndExport() throws IOException {
        String tickets = Unique.code("LTK");
        Reply delivered = Api.as(DemoUsers.ADMIN)
                .post(
                        "api/v1/service-records",
                        "{\"tickets\":[" + ticket(tickets + "-2", "EMAIL", "2026-10-06") + ","
                                + ticket(tickets + "-1", "ERP", "2026-10-05") + ","
                                + ticket(tickets + "-3", "ERP", "2026-10-07") + "]}");
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);

        browser.open("service-data/list.xhtml");
        pages.type("ticketsForm:externalIdFilter", tickets);
        pages.waitForText("ticketsForm:tickets", "1–3 of 3");
        WebElement opened = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[id='ticketsForm:tickets'] th.ui-sortable-column")).stream()
                        .filter(th -> th.getText().trim().startsWith("Opened"))
                        .findFirst()
                        .orElse(null));
        opened.click();
        browser.waiting().until(ExpectedConditions.urlContains("sort=opened"));
        assertThat(browser.driver().getCurrentUrl()).contains("externalId=" + tickets);

        browser.driver().findElement(By.linkText("Outages")).click();
        browser.waiting().until(ExpectedConditions.urlContains("service-data/outages"));
        browser.driver().navigate().back();
        pages.waitForText("ticketsForm:tickets", "1–3 of 3");
        assertThat(browser.find("ticketsForm:externalIdFilter").getDomProperty("value"))
                .isEqualTo(tickets);

        pages.click("ticketsForm:exportCsv");
        List<CSVRecord> csv = CSVFormat.DEFAULT
                .parse(new StringReader(new String(downloaded(".csv"), StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .getRecords();
        assertThat(csv.get(0).toList()).startsWith("External id", "Service", "Customer", "Kind", "Priority");
        assertThat(csv).hasSize(4);
        assertThat(csv.subList(1, 4).stream().map(r -> r.get(0)).toList())
                .as("in the table's order, by opening")
                .containsExactly(tickets + "-1", tickets + "-2", tickets + "-3");
        assertThat(csv.get(2).get(1)).isEqualTo("EMAIL");
        assertThat(csv.get(1).get(2)).isEqualTo("FIN");

        pages.click("ticketsForm:exportXlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded(".xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(tickets + "-3");
        }
    }

    @Test
    @DisplayName("X-4: a relationship manager's export of service data holds only the customers he manages")
    void serviceDataExportKeepsTheCustomerScope() throws IOException {
        ReviewedCustomer other = new ReviewedCustomer();
        String mine = Unique.code("LTK");
        Reply delivered = Api.as(DemoUsers.ADMIN)
                .post(
                        "api/v1/service-records",
                        "{\"tickets\":["
                                + ticket(
                                        mine,
                                        "ERP",
                                        other.month.firstDay().plusDays(6).toString()) + "]}");
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        browser.close();
        browser = new Browser(Pages.BASE_URL);
        pages = new Pages(browser);
        browser.login(DemoUsers.RELMAN, DemoUsers.PASSWORD);
        pages.english();
        pages.serverZone();
        browser.downloadsTo(downloads);

        browser.open("service-data/list.xhtml?period=" + other.month);
        pages.waitForText("ticketsForm:tickets", "of");
        pages.click("ticketsForm:exportCsv");
        String csv = new String(downloaded(".csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains(mine).doesNotContain(other.lateTicket).doesNotContain(other.code);
    }

    @Test
    @DisplayName(
            "SLM-6: the review jobs export the runs they list; notifications drop a refused filter from the address;"
                    + " failed e-mails keep their filter there and export what it selects")
    void reviewJobsExportAndNotificationsNameARefusedFilter() throws IOException {
        Api admin = Api.as(DemoUsers.ADMIN);
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(26);
        Reply started = admin.post("api/v1/review-jobs", "{\"period\":\"" + month + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String execution =
                String.valueOf(started.json().getJsonNumber("executionId").longValue());

        browser.open("schedules/jobs.xhtml");
        pages.waitForText("list:table", execution);
        assertThat(pages.text("list:table")).contains("1–");
        pages.click("list:exportCsv");
        List<CSVRecord> csv = CSVFormat.DEFAULT
                .parse(new StringReader(new String(downloaded(".csv"), StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .getRecords();
        assertThat(csv.get(0).toList()).startsWith("Job", "Execution", "Month", "Started by");
        assertThat(csv.subList(1, csv.size()))
                .filteredOn(row -> row.get(1).equals(execution))
                .singleElement()
                .satisfies(row -> assertThat(row.get(2)).isEqualTo(month.toString()))
                .satisfies(row -> assertThat(row.get(3)).isEqualTo("On demand"));

        browser.open("notifications/list.xhtml?read=NOPE");
        pages.waitForText("list:table", "");
        assertThat(dropped())
                .contains("The filter \"read\" in the address was left out")
                .contains("NOPE");

        String nobody = "nobody-" + prefix.toLowerCase() + "@example.org";
        browser.open("notifications/mail-errors.xhtml");
        pages.type("list:recipientFilter", nobody);
        pages.waitForText("list:table", "Every e-mail was sent.");
        browser.waiting().until(ExpectedConditions.urlContains("recipient=nobody-"));
        pages.click("list:exportCsv");
        List<CSVRecord> errors = CSVFormat.DEFAULT
                .parse(new StringReader(new String(downloaded(".csv"), StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .getRecords();
        assertThat(errors)
                .singleElement()
                .satisfies(row -> assertThat(row.toList()).containsExactly("When", "To", "Subject", "Reason"));
    }

    /** A resolved P3 request of the demo customer FIN, opened at 09:00 in Jakarta on that day. */
    private static String ticket(String externalId, String service, String day) {
        return "{\"externalId\":\"" + externalId + "\",\"service\":\"" + service
                + "\",\"customer\":\"FIN\",\"kind\":\"request\",\"priority\":\"P3\",\"opened\":\"" + day
                + "T09:00:00+07:00\",\"resolved\":\"" + day + "T11:00:00+07:00\"}";
    }

    /** The sentences naming what the address asked for and the list left out. */
    private String dropped() {
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sp-list-dropped")))
                .getText();
    }

    private void sortBy(String header) {
        WebElement column = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[id='list:table'] th.ui-sortable-column")).stream()
                        .filter(th -> th.getText().trim().startsWith(header))
                        .findFirst()
                        .orElse(null));
        column.click();
    }

    /** Waits for the table to show the test's customers in this order. */
    private void namesAre(List<String> expected) {
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the names in the order " + expected)
                .until(d -> expected.equals(names()));
    }

    /** The names of the first rows, without the test's prefix. */
    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<WebElement> cell = browser.driver().findElements(By.id("list:table:" + i + ":customerName"));
            if (cell.isEmpty()) {
                return names;
            }
            names.add(cell.get(0).getText().replace(" " + prefix, ""));
        }
        return names;
    }

    /** The file the last export saved, once the browser has finished writing it. */
    private byte[] downloaded(String extension) {
        Path file = browser.waiting(Duration.ofSeconds(20)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(extension))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            byte[] content = Files.readAllBytes(file);
            Files.delete(file);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
