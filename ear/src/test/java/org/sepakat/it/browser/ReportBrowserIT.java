package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ReportFixtures;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.StoredReports;
import org.sepakat.it.support.Unique;
import org.sepakat.shared.entity.Period;

/**
 * A service level manager reads a period report, records the review with the customer and sees
 * the dashboards (SLM-6, SLM-7). The reports are stored by the test fixture; the pages are real.
 */
@ExtendWith(ArquillianExtension.class)
class ReportBrowserIT {

    private static final Period SEPTEMBER = Period.of(2026, 9);
    private static final Period OCTOBER = Period.of(2026, 10);
    /** slaman's display name in the demo staff register. */
    private static final String SARI = "Sari Service Level";
    /** What a name must never do on a page: end the chart's script and plant elements (issue 9). */
    private static final String MARKUP = "</script><base href=\"//evil.example/\"><form id=\"x\"></form>"
            + "<iframe src=\"//evil.example/\"></iframe><meta http-equiv=\"refresh\" content=\"0;url=//evil.example/\">"
            + "<style>body{display:none}</style>";

    private Browser browser;
    private Pages pages;
    private long customer;
    private long sla;
    private String reference;
    private long october;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ReportFixtures.ear();
    }

    /** A customer of its own with a draft SLA reported for September (met) and October (P1 response missed). */
    @BeforeEach
    void customerWithReportsAndSignedInBrowser() {
        String code = Unique.code("RB");
        Reply created = Api.as(DemoUsers.ADMIN)
                .post(
                        "api/v1/customers",
                        "{\"code\":\"" + code + "\",\"name\":\"Dinas Laporan\",\"kind\":\"INTERNAL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        customer = created.json().getJsonNumber("id").longValue();
        reference = Unique.code("SLA");
        sla = Slas.as(DemoUsers.SLAMAN)
                .draft(new Slas.Document(reference).title("Mail for Dinas").customer(customer))
                .json()
                .getJsonNumber("id")
                .longValue();
        ReportFixtures.store(sla, reference, customer, code, SEPTEMBER, "95", 70);
        october = ReportFixtures.storeRestated(sla, reference, customer, code, OCTOBER, "85", 96, "70", "74");

        browser = new Browser(Pages.BASE_URL);
        pages = new Pages(browser);
        browser.login(DemoUsers.SLAMAN, DemoUsers.PASSWORD);
        pages.english();
        pages.serverZone();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    @DisplayName(
            "SLM-6, SLM-7: a report shows its targets, rating and a limit's previous figure as reported with its restatement; the review is recorded as accepted and kept in the history")
    void reviewAReport() {
        browser.open("reports/view.xhtml?id=" + october);
        pages.waitForText("reportAgreement", reference);
        assertThat(pages.text("reportPeriod")).isEqualTo("2026-10");
        assertThat(pages.text("reportRating")).isEqualTo("Red");
        assertThat(pages.text("targets"))
                .contains(StoredReports.AVAILABILITY, StoredReports.RESPONSE, "Met", "Missed", "at least 90 %");
        assertThat(pages.text("limits")).contains(StoredReports.TICKETS, "96", "Within the limit");
        assertThat(pages.text("limits"))
                .as("September's reported figure, and its restatement since")
                .contains("previous: 70 (reported), now 74", "37.14 %");
        assertThat(pages.text("exclusions")).contains("Maintenance window", "Patch night");
        assertThat(pages.text("exclusions"))
                .as("issue 12 §3: an excluded duration as h:mm, never seconds")
                .contains("2:00 h")
                .doesNotContain("7200", "7,200", "seconds");
        assertThat(pages.text("targets"))
                .as("issue 12 §3: availability counts service time in days and h:mm, tickets with their plural")
                .contains("available 11 days 13:30 h of 11 days 13:47 h service time", "of 20 tickets")
                .doesNotContain("999000", "1000000");
        assertThat(pages.text("reviewState")).isEqualTo("Awaiting review");

        pages.click("reviewForm:recordReviewButton");
        pages.waitForText("reviewForm", "Choose the outcome of the review");

        pages.choose("reviewForm:state", "Accepted");
        pages.type("reviewForm:comments", "Customer accepts; the P1 miss was a holiday backlog");
        pages.type("reviewForm:actions", "Add a standby engineer on holidays");
        pages.click("reviewForm:recordReviewButton");
        pages.waitForText("reviewState", "Accepted");
        assertThat(pages.text("reviewedBy"))
                .as("a display name, not a user name")
                .isEqualTo(SARI);
        assertThat(pages.text("reviewComments")).isEqualTo("Customer accepts; the P1 miss was a holiday backlog");

        pages.tab("historyTab");
        assertThat(pages.text("tabs:historyTable"))
                .contains("Review outcome", "Awaiting review", "Accepted", "Agreed actions", SARI)
                .as("issue 12 §3: labels and display names, never codes or user names")
                .doesNotContain("AWAITING_REVIEW", "ACCEPTED", DemoUsers.SLAMAN);

        pages.language("Bahasa Indonesia", "Pelanggan");
        pages.tab("historyTab");
        assertThat(pages.text("tabs:historyTable"))
                .as("the stored codes in the page's language")
                .contains("Menunggu tinjauan", SARI)
                .doesNotContain("AWAITING_REVIEW", "ACCEPTED");
        pages.english();
    }

    @Test
    @DisplayName("issue 11 §1, issue 12 §6: the report's PDF and Excel downloads show the limit's previous figure as"
            + " reported and its restatement; the PDF is framed with reference, version and page x of y")
    void downloadsShowTheRestatement() throws IOException {
        browser.open("reports/view.xhtml?id=" + october);
        pages.waitForText("reportAgreement", reference);

        assertThat(browser.pdfText("pdfButton"))
                .contains(
                        "previous: 70 (reported), now 74",
                        "Service level report · " + reference + " · October 2026",
                        "Version 1",
                        "Page 1 of 1");
        try (Workbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(browser.download("xlsxButton", "application/vnd.openxmlformats")))) {
            Row header = workbook.getSheetAt(2).getRow(0);
            Row tickets = workbook.getSheetAt(2).getRow(1);
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Previous period (reported)");
            assertThat(tickets.getCell(7).getNumericCellValue()).isEqualTo(70.0);
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Previous period, recomputed now");
            assertThat(tickets.getCell(8).getNumericCellValue()).isEqualTo(74.0);
        }
    }

    @Test
    @DisplayName("SLM-6: the SLA dashboard draws its charts under the page's Content-Security-Policy")
    void slaDashboardDrawsCharts() {
        browser.open("dashboard/sla.xhtml?id=" + sla);
        pages.waitForText("slaReference", reference);
        for (String chart : new String[] {"attainmentCharts:0:chart", "workloadCharts:0:chart"}) {
            WebElement canvas = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("[id='" + chart + "'] canvas")));
            assertThat(canvas.getSize().getWidth()).isPositive();
            Object drawn = ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "var c = window.Chart && Chart.getChart(arguments[0]); return c ? c.data.labels.join(',') : null;",
                            canvas);
            assertThat(drawn).as(chart + " drawn by Chart.js").isEqualTo("2026-09,2026-10");
        }
        // issue 12 §7: the same figures as tables for screen readers
        assertThat(pages.textContent("attainmentTable"))
                .contains("Attainment per target", "Period", "(threshold)", "2026-09", "2026-10");
        assertThat(pages.textContent("workloadTable"))
                .contains("Workload per limit", "Period", "(maximum)", "2026-09", "2026-10");
        Object lowest = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return Chart.getChart(document.querySelector(\"[id='attainmentCharts:0:chart'] canvas\")).scales.y.min;");
        assertThat(((Number) lowest).doubleValue())
                .as("issue 12 §3: the attainment axis is scaled around the thresholds, not from 0")
                .isGreaterThan(0);
        Object workloadAxis = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var y = Chart.getChart(document.querySelector(\"[id='workloadCharts:0:chart'] canvas\"))"
                                + ".scales.y; return [y.min, y.max];");
        assertThat((List<?>) workloadAxis)
                .as("issue 12 §3: the workload axis is scaled around its maximum and figures, not from 0")
                .satisfies(range -> {
                    assertThat(((Number) range.get(0)).doubleValue()).isGreaterThan(0);
                    assertThat(((Number) range.get(1)).doubleValue()).isGreaterThan(100);
                });
        assertThat(browser.contentSecurityViolations())
                .as("nothing on the page blocked by its policy")
                .isEmpty();
        assertThat(pages.text("reports")).contains("2026-10", "2026-09", "Red", "Green");
    }

    @Test
    @DisplayName("Issue 9: target and limit names with markup show as text on the SLA dashboard; nothing of it becomes "
            + "an element, the page stays where it is and the charts are drawn")
    void markupInNamesStaysTextOnTheSlaDashboard() {
        String target = "Avail " + MARKUP;
        String limit = "Tickets " + MARKUP;
        String code = Unique.code("RX");
        Reply created = Api.as(DemoUsers.ADMIN)
                .post(
                        "api/v1/customers",
                        "{\"code\":\"" + code + "\",\"name\":\"Dinas Markup\",\"kind\":\"INTERNAL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long markupCustomer = created.json().getJsonNumber("id").longValue();
        String markupReference = Unique.code("SLA");
        Reply drafted = Slas.as(DemoUsers.SLAMAN)
                .draft(new Slas.Document(markupReference)
                        .title("Marked up")
                        .customer(markupCustomer)
                        .targets(
                                "[{\"name\":" + Json.createValue(target)
                                        + ",\"metric\":\"RESOLUTION_TIME\",\"comparison\":"
                                        + "\"AT_LEAST\",\"threshold\":90,\"period\":\"MONTH\",\"priority\":\"P1\",\"withinHours\":4}]")
                        .limits("[{\"name\":" + Json.createValue(limit) + ",\"metric\":\"TICKETS\",\"maximum\":100,"
                                + "\"period\":\"MONTH\",\"overLimit\":\"REPORT_ONLY\"}]"));
        assertThat(drafted.status())
                .as("the names are accepted as text: " + drafted.body())
                .isEqualTo(201);
        long markupSla = drafted.json().getJsonNumber("id").longValue();
        ReportFixtures.store(markupSla, markupReference, markupCustomer, code, SEPTEMBER, "95", 70, target, limit);
        ReportFixtures.store(markupSla, markupReference, markupCustomer, code, OCTOBER, "85", 96, target, limit);

        String address = Pages.BASE_URL + "dashboard/sla.xhtml?id=" + markupSla;
        browser.open("dashboard/sla.xhtml?id=" + markupSla);
        pages.waitForText("slaReference", markupReference);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        for (String chart : new String[] {"attainmentCharts:0:chart", "workloadCharts:0:chart"}) {
            WebElement canvas = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("[id='" + chart + "'] canvas")));
            Object labels = js.executeScript(
                    "var c = window.Chart && Chart.getChart(arguments[0]);"
                            + " return c ? c.data.datasets.map(function (d) { return d.label; }).join('|') : null;",
                    canvas);
            assertThat(labels)
                    .as(chart + " drawn by Chart.js with the names as its legend's text")
                    .isNotNull()
                    .asString()
                    .contains(chart.startsWith("attainment") ? target : limit);
            assertThat(canvas.getSize().getWidth()).isPositive();
        }
        Object planted = js.executeScript("return document.querySelectorAll("
                + "'base, iframe, meta[http-equiv], form#x').length"
                + " + Array.prototype.filter.call(document.querySelectorAll('style'),"
                + " function (s) { return s.textContent.indexOf('body{display:none}') >= 0; }).length;");
        assertThat(planted).as("no element planted by a name").isEqualTo(0L);
        assertThat(js.executeScript("return getComputedStyle(document.body).display;"))
                .isNotEqualTo("none");
        assertThat(js.executeScript("return document.baseURI;")).isEqualTo(address);
        assertThat(browser.driver().getCurrentUrl())
                .as("the page did not navigate")
                .isEqualTo(address);
        assertThat(pages.text("reports")).contains("2026-10", "2026-09");
        assertThat(browser.contentSecurityViolations())
                .as("nothing on the page blocked by its policy")
                .isEmpty();
    }

    @Test
    @DisplayName("SLM-6: the customer dashboard shows a tile per SLA with the latest rating in words")
    void customerDashboardShowsTiles() {
        browser.open("dashboard/customer.xhtml?customerId=" + customer);
        pages.waitForText("tiles", reference);
        assertThat(pages.text("tiles")).contains("Mail for Dinas", "Red", "2026-10", "Awaiting review");
        browser.find("tiles").findElement(By.linkText("2026-10")).click();
        pages.waitForText("reportAgreement", reference);
    }
}
