package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.Unique;

/** A service level manager authors, agrees, revises and compares an SLA through the web UI (SLM-1..5, SLM-9). */
class SlaBrowserIT extends SignedInBrowser {

    private static final String CUSTOMER = "FIN";
    private static final String FORM = "slaForm:";
    private static final String TARGETS = FORM + "tabs:targetTable:";

    @Override
    protected String user() {
        return DemoUsers.SLAMAN;
    }

    @Test
    @DisplayName(
            "SLM-9: an SLA is drafted, refused without a workload limit (SLM-4), agreed, activated, revised, agreed again and compared")
    void slaIsAgreedRevisedAndComparedAsAControlledDocument() throws Exception {
        String calendar = createCalendar();
        String reference = Unique.code("SLA");

        browser.open("slas/list.xhtml");
        pages.click("list:newButton");
        pages.type(FORM + "reference", reference);
        pages.type(FORM + "title", "Finance mail and ERP " + reference);
        pages.choose(FORM + "customerId", CUSTOMER);
        tick(FORM + "serviceIds", "EMAIL");
        tick(FORM + "serviceIds", "ERP");
        pages.type(FORM + "requirements", "Mail and ERP during office hours in Jakarta.");

        addTarget(0);
        pages.type(TARGETS + "0:targetName", "Mail availability");
        pages.type(TARGETS + "0:threshold", "99.5");
        pages.choose(TARGETS + "0:calendar", calendar);
        pages.choose(TARGETS + "0:availabilityScope", "Covered services pooled");
        addTarget(1);
        pages.type(TARGETS + "1:targetName", "P1 resolution");
        pages.choose(TARGETS + "1:metric", "Resolution time");
        pages.type(TARGETS + "1:priority", "P1");
        pages.type(TARGETS + "1:withinHours", "8");
        pages.type(TARGETS + "1:threshold", "90");
        pages.choose(TARGETS + "1:calendar", calendar);
        addTarget(2);
        pages.type(TARGETS + "2:targetName", "Restore tests passed");
        pages.choose(TARGETS + "2:metric", "Custom KPI");
        pages.type(TARGETS + "2:threshold", "2");
        pages.type(TARGETS + "2:unit", "tests");
        pages.choose(TARGETS + "2:period", "Quarter");

        tab("exceptionsTab");
        pages.type(FORM + "tabs:forceMajeure", "Natural disasters and government orders.");
        pages.click(FORM + "saveButton");
        browser.waiting().until(ExpectedConditions.urlContains("id="));
        pages.waitForText("slaStatus", "Draft");

        assertThat(pages.present(FORM + "retireButton"))
                .as("a draft was never agreed: nothing to retire")
                .isFalse();
        sign(null);
        pages.waitForText("agreeForm:agreeMessages", "missing: SLM-4 (");
        assertThat(pages.text("agreeForm:agreeDialog"))
                .as("the refused dialog stays open with its problem")
                .contains("Sari Service Level");
        assertThat(pages.text("slaStatus")).isEqualTo("Draft");
        pages.click("agreeForm:cancelAgreeButton");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("agreeForm:agreeDialog")));

        tab("limitsTab");
        pages.click(FORM + "tabs:addLimitButton");
        pages.type(FORM + "tabs:limitTable:0:limitName", "Tickets per month");
        pages.type(FORM + "tabs:limitTable:0:maximum", "400");
        tab("exceptionsTab");
        pages.click(FORM + "tabs:addWindowButton");
        pages.type(FORM + "tabs:windowTable:0:windowName", "Sunday patching");
        pages.choose(FORM + "tabs:windowTable:0:onDayOfWeek", "Sunday");
        pages.type(FORM + "tabs:windowTable:0:startsAt", "01:00");
        pages.type(FORM + "tabs:windowTable:0:durationMinutes", "120");
        agree("2026-03");
        pages.waitForText("slaStatus", "Agreed");
        assertThat(pages.text("messages")).contains("agreed as version 1");

        pages.waitForText("agreeForm:activateDialog", "Activate it now");
        pages.click("agreeForm:activateNowButton");
        documentShows("Active");
        assertThat(pages.text("messages")).contains("is now active");
        pages.click("docActions:reviseButton");
        browser.waiting().until(ExpectedConditions.urlContains("slas/edit"));
        pages.waitForText("slaStatus", "Under review");

        tab("targetsTab");
        pages.type(TARGETS + "0:threshold", "99.9");
        agree();
        pages.waitForText("messages", "agreed as version 2");
        pages.click("agreeForm:activateLaterButton");
        documentShows("Agreed");

        assertThat(pages.text("versions:versionTable"))
                .as("issue 12 §3: who signed by display name, not user name")
                .contains("Sari Service Level", "Siti Rahmawati", "2026-03")
                .doesNotContain("slaman");
        pages.click("versions:compareButton");
        pages.waitForText("versions:changeTable", "Target: Mail availability");
        assertThat(pages.text("versions:changeTable"))
                .contains("Changed", "99.5", "99.9")
                .as("issue 12 §3: the comparison shows labels, never codes")
                .contains("Availability", "per month")
                .doesNotContain("AVAILABILITY", "MONTH", "P1 resolution");

        pages.language("Bahasa Indonesia", "Pelanggan");
        pages.click("versions:compareButton");
        pages.waitForText("versions:changeTable", "Mail availability");
        assertThat(pages.text("versions:changeTable"))
                .as("the comparison in Bahasa Indonesia")
                .contains("Ketersediaan", "per bulan")
                .doesNotContain("AVAILABILITY", "MONTH", "per month");
        pages.english();

        String pdf = browser.pdfText("docActions:pdfButton");
        assertThat(pdf)
                .contains(
                        reference,
                        "Mail availability",
                        "P1 resolution",
                        "Restore tests passed",
                        "Tickets per month",
                        "Sunday patching",
                        "Siti Rahmawati",
                        "Sari Service Level",
                        "Version 2",
                        "Page 1 of 1",
                        "Covered services pooled")
                .doesNotContain("slaman");
        assertThat(browser.contentSecurityViolations())
                .as("calendar, SLA form, dialogs and date pickers work " + "within their Content-Security-Policy")
                .isEmpty();
    }

    /**
     * SLM-3: the service hours a target is measured in; Mon–Fri 08:00–17:00 is what a new calendar offers;
     * Friday is made to run to 24:00.
     */
    private String createCalendar() {
        String code = Unique.code("CAL");
        browser.open("calendars/list.xhtml");
        pages.click("list:newButton");
        pages.type("calendarForm:code", code);
        pages.type("calendarForm:name", "Jakarta office hours " + code);
        assertThat(browser.find("calendarForm:timeZone_label").getText()).isEqualTo("Asia/Jakarta");
        assertThat(pages.text("calendarForm:hoursTable:0:day_label")).isEqualTo("Monday");
        assertThat(pages.text("calendarForm:hoursTable:4:day_label")).isEqualTo("Friday");
        assertThat(pages.present("calendarForm:hoursTable:5:day")).isFalse();
        assertThat(browser.find("calendarForm:hoursTable:0:opens").getAttribute("value"))
                .isEqualTo("08:00");
        assertThat(browser.find("calendarForm:hoursTable:4:closes").getAttribute("value"))
                .isEqualTo("17:00");
        pages.click("calendarForm:addHolidayButton");
        pages.type("calendarForm:holidayTable:0:holidayName", "Independence Day");
        pages.type("calendarForm:holidayTable:0:holidayDate_input", "2026-08-17");
        // the date picker's open panel takes the keyboard and covers the buttons below it
        browser.find("calendarForm:holidayTable:0:holidayDate_input").sendKeys(Keys.ESCAPE);
        pages.closeDatePicker("calendarForm:holidayTable:0:holidayDate");
        // issue 11 §1: a day runs to 24:00; 00:00 as a closing time would read as the day's start and is refused
        pages.type("calendarForm:hoursTable:4:closes", "00:00");
        pages.click("calendarForm:saveButton");
        pages.waitForText("calendarForm:hoursTable", "write 24:00 for the end of the day");
        pages.type("calendarForm:hoursTable:4:closes", "24:00");
        pages.click("calendarForm:saveButton");
        pages.waitForText("messages", "Calendar " + code + " was saved");
        assertThat(browser.find("calendarForm:hoursTable:4:closes").getAttribute("value"))
                .isEqualTo("24:00");
        assertThat(browser.find("calendarForm:holidayTable:0:holidayDate_input").getAttribute("value"))
                .isEqualTo("2026-08-17");
        assertThat(browser.find("calendarForm:holidayTable:0:holidayName").getAttribute("value"))
                .isEqualTo("Independence Day");
        return code;
    }

    private void addTarget(int row) {
        pages.click(FORM + "tabs:addTargetButton");
        browser.find(TARGETS + row + ":targetName");
    }

    /** SLM-1: opens the signing dialog (which saves what is on screen) and signs for both sides. */
    private void agree() {
        agree(null);
    }

    /** Agrees in the dialog, the version taking effect in {@code effectiveFrom} (yyyy-MM) when one is given. */
    private void agree(String effectiveFrom) {
        sign(effectiveFrom);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("agreeForm:agreeDialog")));
    }

    /** Opens the signing dialog and signs for both sides; the dialog closes only when it went through. */
    private void sign(String effectiveFrom) {
        pages.click(FORM + "agreeButton");
        pages.choose("agreeForm:providerSignatory", "Sari Service Level");
        pages.choose("agreeForm:customerSignatory", "Siti Rahmawati");
        if (effectiveFrom != null) {
            pages.type("agreeForm:effectiveFrom", effectiveFrom);
        }
        pages.click("agreeForm:confirmAgreeButton");
    }

    /**
     * Issue 12 §5: once signed, the agreement's content cannot change, and its author reads it as a
     * document with the steps its status allows, not as a greyed-out editor.
     */
    private void documentShows(String status) {
        browser.waiting().until(ExpectedConditions.urlContains("slas/preview"));
        pages.waitForText("docStatus", status);
        assertThat(browser.driver()
                        .findElements(By.cssSelector(
                                "#document input:not([type=hidden]), #document select, #document .ui-state-disabled")))
                .as("no form widget in the document, enabled or greyed out")
                .isEmpty();
    }

    private void tab(String tabId) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#slaForm:tabs:" + tabId + "']")))
                .click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("slaForm:tabs:" + tabId)));
    }

    /** Ticks the box of a p:selectManyCheckbox whose label starts with {@code label}. */
    private void tick(String id, String label) {
        pages.waitForText(FORM + "servicesBox", label);
        WebElement item = browser.driver().findElements(By.cssSelector("[id='" + id + "'] label")).stream()
                .filter(l -> l.getText().startsWith(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no box '" + label + "' in " + id));
        item.click();
    }
}
