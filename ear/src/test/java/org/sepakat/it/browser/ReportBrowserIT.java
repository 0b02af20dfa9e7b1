package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
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

/**
 * A service level manager reads a period report, records the review with the customer and sees
 * the dashboards (SLM-6, SLM-7). The reports are stored by the test fixture; the pages are real.
 */
@ExtendWith(ArquillianExtension.class)
class ReportBrowserIT {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

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
        Reply created = Api.as(DemoUsers.ADMIN).post("api/v1/customers",
                "{\"code\":\"" + code + "\",\"name\":\"Dinas Laporan\",\"kind\":\"INTERNAL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        customer = created.json().getJsonNumber("id").longValue();
        reference = Unique.code("SLA");
        sla = Slas.as(DemoUsers.SLAMAN).draft(new Slas.Document(reference).title("Mail for Dinas").customer(customer))
                .json().getJsonNumber("id").longValue();
        ReportFixtures.store(sla, reference, customer, code, SEPTEMBER, "95", 70);
        october = ReportFixtures.store(sla, reference, customer, code, OCTOBER, "85", 96);

        browser = new Browser(Pages.BASE_URL);
        pages = new Pages(browser);
        browser.login(DemoUsers.SLAMAN, DemoUsers.PASSWORD);
        pages.english();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    @DisplayName("SLM-6, SLM-7: a report shows its targets and rating; the review is recorded as accepted and kept in the history")
    void reviewAReport() {
        browser.open("reports/view.xhtml?id=" + october);
        pages.waitForText("reportAgreement", reference);
        assertThat(pages.text("reportPeriod")).isEqualTo("2026-10");
        assertThat(pages.text("reportRating")).isEqualTo("Red");
        assertThat(pages.text("targets")).contains(StoredReports.AVAILABILITY, StoredReports.RESPONSE, "Met", "Missed",
                "at least 90 %");
        assertThat(pages.text("limits")).contains(StoredReports.TICKETS, "96", "Within the limit");
        assertThat(pages.text("exclusions")).contains("Maintenance window", "Patch night");
        assertThat(pages.text("reviewState")).isEqualTo("Awaiting review");

        pages.click("reviewForm:recordReviewButton");
        pages.waitForText("reviewForm", "Choose the outcome of the review");

        pages.choose("reviewForm:state", "Accepted");
        pages.type("reviewForm:comments", "Customer accepts; the P1 miss was a holiday backlog");
        pages.type("reviewForm:actions", "Add a standby engineer on holidays");
        pages.click("reviewForm:recordReviewButton");
        pages.waitForText("reviewState", "Accepted");
        assertThat(pages.text("reviewedBy")).isEqualTo(DemoUsers.SLAMAN);
        assertThat(pages.text("reviewComments")).isEqualTo("Customer accepts; the P1 miss was a holiday backlog");

        pages.tab("historyTab");
        assertThat(pages.text("tabs:historyTable")).contains("Review outcome", "AWAITING_REVIEW", "ACCEPTED",
                "Agreed actions", DemoUsers.SLAMAN);
    }

    @Test
    @DisplayName("SLM-6: the SLA dashboard draws its charts under the page's Content-Security-Policy")
    void slaDashboardDrawsCharts() {
        browser.open("dashboard/sla.xhtml?id=" + sla);
        pages.waitForText("slaReference", reference);
        for (String chart : new String[] {"attainmentChart", "workloadChart"}) {
            WebElement canvas = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='" + chart + "'] canvas")));
            assertThat(canvas.getSize().getWidth()).isPositive();
            Object drawn = ((JavascriptExecutor) browser.driver()).executeScript(
                    "var c = window.Chart && Chart.getChart(arguments[0]); return c ? c.data.labels.join(',') : null;",
                    canvas);
            assertThat(drawn).as(chart + " drawn by Chart.js").isEqualTo("2026-09,2026-10");
        }
        assertThat(pages.text("reports")).contains("2026-10", "2026-09", "Red", "Green");
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
