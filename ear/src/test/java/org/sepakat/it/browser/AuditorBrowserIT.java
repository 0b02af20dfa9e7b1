package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;

/** the auditor reads everything and is offered no way to change anything. */
class AuditorBrowserIT extends SignedInBrowser {

    @Override
    protected String user() {
        return DemoUsers.AUDITOR;
    }

    @Test
    @DisplayName("X-4: the auditor sees customers without any edit control")
    void auditorSeesNoEditControls() {
        browser.open("customers/list.xhtml");
        pages.waitForText("list:table", "Code");
        assertThat(pages.present("list:newButton")).isFalse();

        pages.type("list:codeFilter", "FIN");
        pages.waitForTextGone("list:table", "ACME");
        pages.waitForText("list:table", "Finance Division");
        pages.click("list:table:0:viewLink");
        pages.waitForText("customerCode", "FIN");
        for (String control : new String[] {
            "actions:activateButton",
            "actions:deactivateButton",
            "actions:editButton",
            "actions:deleteButton",
            "tabs:managerForm:appointButton",
            "tabs:serviceForm:subscribeButton",
            "tabs:contactForm:addContactButton",
            "tabs:contactForm:contactName"
        }) {
            assertThat(pages.present(control)).as(control).isFalse();
        }
        assertThat(pages.text("tabs:contactForm:contactTable")).contains("Siti Rahmawati");
    }

    @Test
    @DisplayName("X-4: the auditor is refused the customer form even by its address")
    void auditorIsRefusedTheCustomerForm() {
        browser.open("customers/edit.xhtml");
        pages.waitForText("errorTitle", "Not allowed");
    }

    @Test
    @DisplayName("X-4: the auditor reads the service data but is given no upload or KPI entry, not even by address")
    void auditorReadsServiceDataOnly() {
        browser.open("service-data/list.xhtml");
        pages.waitForText("serviceDataTabs", "Tickets");
        assertThat(pages.present("uploadButton")).isFalse();
        assertThat(pages.present("kpiButton")).isFalse();
        browser.open("service-data/upload.xhtml");
        pages.waitForText("errorTitle", "Not allowed");
        browser.open("service-data/kpi.xhtml");
        pages.waitForText("errorTitle", "Not allowed");
    }

    @Test
    @DisplayName("X-1: the auditor searches the history of every record")
    void auditorSearchesTheHistory() {
        browser.open("history/search.xhtml");
        pages.type("search:recordKey", "ACME");
        pages.waitForText("search:table", "ACME");
        assertThat(pages.text("search:table"))
                .contains("Customer")
                .doesNotContain("Finance Division")
                .doesNotContain("???");
    }

    @Test
    @DisplayName("Issue 12 §4, X-1: the auditor filters the history by who changed a record, typing part of their"
            + " display name and picking it from the suggestions, never their user name")
    void historyFilteredByDisplayName() {
        String code = Unique.code("WHO");
        Api relman = Api.as(DemoUsers.RELMAN);
        Reply created = relman.post(
                "api/v1/customers", "{\"code\":\"" + code + "\",\"name\":\"Who " + code + "\",\"kind\":\"EXTERNAL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String relmanName = relman.get("api/v1/me").json().getString("displayName");
        String adminName = Api.as(DemoUsers.ADMIN).get("api/v1/me").json().getString("displayName");
        assertThat(relmanName).isNotEqualTo(DemoUsers.RELMAN);

        browser.open("history/search.xhtml?recordKey=" + code);
        pages.waitForText("search:table", code);
        chooseActor(relmanName);
        browser.waiting().until(ExpectedConditions.urlContains("changedBy=" + DemoUsers.RELMAN));
        pages.waitForText("search:table", code);
        assertThat(pages.text("search:table")).contains(relmanName).doesNotContain(adminName);
        assertThat(browser.find("search:changedBy_input").getDomProperty("value"))
                .isEqualTo(relmanName);

        chooseActor(adminName);
        pages.waitForText("search:table", "No changes recorded.");
    }

    /** Types the start of a name into the history's "who" field and picks the suggestion showing it whole. */
    private void chooseActor(String displayName) {
        pages.retype("search:changedBy_input", displayName.substring(0, Math.min(4, displayName.length())));
        By suggestion = By.xpath("//*[@id='search:changedBy_panel']//li[normalize-space(.)='" + displayName + "']");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(suggestion))
                .click();
    }

    @Test
    @DisplayName("X-4: the auditor reads an SLA, a calendar and a schedule as documents, with no disabled form widgets")
    void auditorReadsAgreementsCalendarsAndSchedulesAsDocuments() {
        Slas slas = Slas.as(DemoUsers.ADMIN);
        String reference = Unique.code("AUD");
        Reply drafted = slas.draft(slas.forFinanceEmail(reference));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String calendar = slas.calendar();

        browser.open("slas/list.xhtml?reference=" + reference);
        pages.click("list:table:0:editLink");
        browser.waiting().until(ExpectedConditions.urlContains("slas/preview"));
        pages.waitForText("docReference", reference);
        assertThat(pages.present("docActions:editButton")).isFalse();
        assertThat(pages.present("docActions:reviseButton")).isFalse();
        assertThat(pages.text("readHistory")).contains("Title");
        browser.open("slas/edit.xhtml?id=" + drafted.json().getJsonNumber("id").longValue());
        browser.waiting().until(ExpectedConditions.urlContains("slas/preview"));
        pages.waitForText("docReference", reference);
        assertNoFormWidgets();

        browser.open("calendars/list.xhtml?code=" + calendar);
        pages.click("list:table:0:editLink");
        pages.waitForText("readCode", calendar);
        assertThat(pages.text("readHours")).contains("Monday", "08:00", "17:00");
        assertThat(pages.present("calendarForm")).isFalse();
        assertNoFormWidgets();

        browser.open("schedules/list.xhtml");
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.linkText("Monthly SLA review")))
                .click();
        pages.waitForText("readName", "Monthly SLA review");
        assertThat(pages.text("readRunsAt")).contains("Day 1 at 02:00 (Asia/Jakarta)");
        assertThat(pages.present("scheduleForm")).isFalse();
        assertNoFormWidgets();
    }

    /** A read view shows text and tables: no input, menu or checkbox, enabled or greyed out, in the page's content. */
    private void assertNoFormWidgets() {
        assertThat(
                        browser.driver()
                                .findElements(
                                        By.cssSelector(
                                                "#main input:not([type=hidden]), #main textarea, #main select, #main .ui-state-disabled")))
                .isEmpty();
    }
}
