package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.ReviewedCustomer;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;
import org.sepakat.shared.entity.Period;

/**
 * Issue 12 §2, §8: the start page of each role shows what is due for that role, counted within the
 * user's customer scope, each item a link to its record; and the demo's past months are reviewed at
 * first start, so the demo SLA's dashboard has its charts.
 */
class StartPageBrowserIT extends DeployedEar {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final List<Browser> browsers = new ArrayList<>();
    /** The browser {@link #signedIn} opened last. */
    private Browser browser;

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    private Pages signedIn(String user) {
        browser = new Browser(Pages.BASE_URL);
        browsers.add(browser);
        Pages pages = new Pages(browser);
        browser.login(user, DemoUsers.PASSWORD);
        pages.english();
        browser.open("index.xhtml");
        return pages;
    }

    /** An active SLA of FIN (the demo relationship manager's customer) whose validity ends in ten days. */
    private static String expiringFinanceSla() {
        String reference = Unique.code("EXP");
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        slas.active(slas.forFinanceEmail(reference)
                .validTo(LocalDate.now(JAKARTA).plusDays(10).toString())
                .targets("[{\"name\":\"Urgent resolution\",\"metric\":\"RESOLUTION_TIME\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":90,\"period\":\"MONTH\",\"priority\":\"" + Unique.code("U")
                        + "\",\"withinHours\":4}]")
                .limits("[{\"name\":\"Named users\",\"metric\":\"NAMED_USERS\",\"maximum\":500,\"period\":\"MONTH\","
                        + "\"overLimit\":\"REPORT_ONLY\"}]")
                .noExceptions());
        return reference;
    }

    private WebElement link(String listId, String text) {
        return browser.waiting()
                .until(driver -> driver.findElements(By.cssSelector("[id='" + listId + "'] a")).stream()
                        .filter(a -> a.getText().contains(text))
                        .findFirst()
                        .orElse(null));
    }

    @Test
    @DisplayName(
            "Issue 12 §2, X-4: the relationship manager's start page lists his customers and what is due for them, "
                    + "not another manager's customer, each item linking to its record")
    void relationshipManagerSeesHisCustomersAndWhatIsDue() {
        ReviewedCustomer other = new ReviewedCustomer();
        String expiring = expiringFinanceSla();

        Pages pages = signedIn(DemoUsers.RELMAN);
        pages.waitForText("myCustomers", "FIN · Finance Division");
        assertThat(pages.text("myCustomers")).contains("ACME").doesNotContain(other.code);
        String due = pages.text("relationshipItems");
        assertThat(due)
                .as("issue 12 §3: a day in the reader's language")
                .contains("Validity ends on "
                        + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(Locale.ENGLISH)
                                .format(LocalDate.now(JAKARTA).plusDays(10))
                        + ": " + expiring)
                .containsPattern("(1 report awaits|\\d+ reports await) the review outcome with the customer")
                .doesNotContain(other.reference);
        assertThat(pages.present("serviceLevelSection"))
                .as("no service level manager's section")
                .isFalse();
        assertThat(pages.present("countsSection")).as("no auditor's figures").isFalse();

        link("relationshipItems", "the review outcome").click();
        pages.waitForText("list:table", "FIN");
        assertThat(pages.text("list:table")).contains("Awaiting").doesNotContain(other.code);

        browser.open("index.xhtml");
        WebElement sla = link("relationshipItems", expiring);
        assertThat(sla.getAttribute("href")).contains("/slas/edit.xhtml?id=");
        sla.click();
        // one who may not edit SLAs reads the SLA as its document
        pages.waitForText("docReference", expiring);
    }

    @Test
    @DisplayName("Issue 12 §2: the service level manager's start page counts last month's reports by rating, names the "
            + "SLAs without a report and links each to its list or record")
    void serviceLevelManagerSeesLastMonthAndWhatIsMissing() {
        ReviewedCustomer reviewed = new ReviewedCustomer();
        String unreported = expiringFinanceSla();
        Period lastMonth = Period.current(Clock.system(JAKARTA)).previous();
        String named = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH).format(lastMonth.firstDay());

        Pages pages = signedIn(DemoUsers.SLAMAN);
        pages.waitForText("serviceLevelSection", "reports of " + named);
        assertThat(pages.text("serviceLevelItems"))
                .containsPattern("(1 report|\\d+ reports) of " + named + " rated Red")
                .containsPattern("(1 SLA|\\d+ SLAs) in force without a report for " + named)
                .contains("No report yet: " + unreported)
                .contains("Validity ends on ");
        assertThat(pages.present("relationshipSection")).isFalse();

        link("serviceLevelItems", "rated Red").click();
        pages.type("list:agreementFilter", reviewed.reference);
        pages.waitForText("list:table", reviewed.reference);
        assertThat(pages.text("list:table")).contains("Red").contains(lastMonth.toString());

        browser.open("index.xhtml");
        link("serviceLevelItems", "No report yet: " + unreported).click();
        pages.waitForText("slaReference", unreported);
    }

    @Test
    @DisplayName("Issue 12 §2, X-1: the auditor's start page shows the register's figures and the newest changes, "
            + "each linking to the changed record")
    void auditorSeesCountsAndRecentChanges() {
        String code = Unique.code("AUD");
        Reply created = Api.as(DemoUsers.ADMIN)
                .post(
                        "api/v1/customers",
                        "{\"code\":\"" + code + "\",\"name\":\"Audited " + code + "\",\"kind\":\"EXTERNAL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Pages pages = signedIn(DemoUsers.AUDITOR);
        pages.waitForText("recentChanges", "Customer " + code);
        assertThat(Long.parseLong(pages.text("customerCount"))).isPositive();
        assertThat(pages.present("relationshipSection")).isFalse();
        assertThat(pages.present("serviceLevelSection")).isFalse();
        assertThat(pages.present("administratorSection")).isFalse();

        link("recentChanges", code).click();
        pages.waitForText("customerCode", code);
    }

    @Test
    @DisplayName("Issue 12 §2: the administrator's start page has the operations section (failed runs, failed "
            + "e-mails) and the figures; the user menu leads to the notification choices, which are kept")
    void administratorSeesOperations() {
        Pages pages = signedIn(DemoUsers.ADMIN);
        pages.waitForText("administratorSection", "Operations");
        assertThat(pages.present("customerCount")).isTrue();
        for (WebElement item : browser.driver().findElements(By.cssSelector("[id='administratorItems'] a"))) {
            assertThat(item.getAttribute("href")).matches(".*/(schedules/jobs|notifications/mail-errors)\\.xhtml");
        }

        pages.click("currentUser");
        pages.waitForText("profile:kinds", "Missed targets and exceeded limits found by a review");
        assertThat(pages.text("profile:kinds"))
                .as("every kind of notice the product sends has its choice")
                .contains("An improvement opportunity assigned to me", "An improvement opportunity of mine is overdue");
        pages.choose("profile:kinds:0:delivery", "Also in the daily e-mail digest");
        pages.click("profile:saveButton");
        pages.waitForText("messages", "Your notification choices are saved.");
        browser.open("profile.xhtml");
        pages.waitForText("profile:kinds:0:delivery_label", "Also in the daily e-mail digest");
        pages.choose("profile:kinds:0:delivery", "Also by e-mail at once");
        pages.click("profile:saveButton");
        pages.waitForText("messages", "Your notification choices are saved.");
    }

    @Test
    @DisplayName("Issue 12 §2: on the demo database the demo SLA's past months are reviewed at first start: its "
            + "dashboard has reports and an attainment chart")
    void demoMonthsAreReviewed() {
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        String reference = "SLA-FIN-" + Year.now(JAKARTA);
        long demo = slas.firstId("api/v1/slas?reference=" + reference);
        Period lastMonth = Period.current(Clock.system(JAKARTA)).previous();
        Reply report = Api.as(DemoUsers.SLAMAN).get("api/v1/slas/" + demo + "/reports/" + lastMonth);
        assertThat(report.status()).as(report.body()).isEqualTo(200);

        Pages pages = signedIn(DemoUsers.SLAMAN);
        browser.open("dashboard/sla.xhtml?id=" + demo);
        pages.waitForText("slaReference", reference);
        assertThat(browser.find("attainmentCharts:0:chart").isDisplayed()).isTrue();
        assertThat(browser.pageText()).doesNotContain("No target has been measured yet");
    }
}
