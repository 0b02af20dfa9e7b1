package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ServiceDataCsv;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;

/**
 * Issue 12 §4: a form says what is wrong on the field, in the user's language, all at once, and
 * never changes what was typed.
 */
class FormsBrowserIT extends SignedInBrowser {

    private static final String SLA = "slaForm:";
    private static final String TARGETS = SLA + "tabs:targetTable:";

    @Override
    protected String user() {
        return DemoUsers.ADMIN;
    }

    @Test
    @DisplayName("A value a converter cannot read is named on its field, in English and in Bahasa Indonesia")
    void converterMessageInEachLanguage() {
        browser.open("calendars/edit.xhtml");
        pages.retype("calendarForm:hoursTable:0:closes", "25:00");
        pages.click("calendarForm:saveButton");
        pages.waitForText("calendarForm:hoursTable", "Closes: \"25:00\" is not a time of day");

        newSlaWithThreshold("abc");
        pages.waitForText(SLA + "tabs:targetTable", "Threshold: \"abc\" is not a number");
        assertThat(pages.text(SLA + "tabs:targetTable")).doesNotContain("Example", "4815");
        try {
            browser.open("customers/list.xhtml");
            pages.language("Bahasa Indonesia", "Pelanggan");
            newSlaWithThreshold("abc");
            pages.waitForText(SLA + "tabs:targetTable", "Ambang: \"abc\" bukan angka");
        } finally {
            pages.english();
        }
    }

    @Test
    @DisplayName(
            "An impossible date (2026-02-30) is refused on its field and stays as typed, never moved to 2026-02-28")
    void impossibleDateIsRefused() {
        browser.open("slas/edit.xhtml");
        pages.typeDate(SLA + "validFrom", "2026-02-30");
        pages.click(SLA + "saveButton");
        pages.waitForText(
                SLA.substring(0, SLA.length() - 1), "Valid from: \"2026-02-30\" is not a date of the calendar");
        assertThat(browser.find(SLA + "validFrom_input").getAttribute("value"))
                .as("the refused text stays in the field, marked")
                .isEqualTo("2026-02-30");
        assertThat(browser.find(SLA + "validFrom_input").getAttribute("class")).contains("ui-state-error");
    }

    @Test
    @DisplayName("A refused date and an empty title do not hide the problems of the rows: one save names them all")
    void fieldRefusalsDoNotHideTheRowProblems() {
        browser.open("slas/edit.xhtml");
        pages.type(SLA + "reference", Unique.code("SLA"));
        pages.choose(SLA + "customerId", "FIN");
        pages.click(SLA + "tabs:addTargetButton");
        pages.type(TARGETS + "0:targetName", "Mail availability");
        pages.type(TARGETS + "0:threshold", "150");
        tab("limitsTab");
        pages.click(SLA + "tabs:addLimitButton");
        pages.type(SLA + "tabs:limitTable:0:limitName", "Tickets");
        pages.type(SLA + "tabs:limitTable:0:maximum", "0");
        pages.typeDate(SLA + "validFrom", "2026-02-30");
        pages.click(SLA + "saveButton");

        pages.waitForText(SLA + "tabs:limitTable", "The limit per period must be more than zero.");
        assertThat(pages.textContent("slaForm"))
                .contains(
                        "Valid from: \"2026-02-30\" is not a date of the calendar",
                        "Title is required.",
                        "Target \"Mail availability\": a percentage lies between 0 and 100.");
        assertThat(browser.find(SLA + "validFrom_input").getAttribute("value")).isEqualTo("2026-02-30");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("id=");

        pages.typeDate(SLA + "validFrom", "2026-02-28");
        pages.type(SLA + "title", "Three problems left");
        pages.click(SLA + "saveButton");
        pages.waitForTextGone("slaForm", "is not a date of the calendar");
        assertThat(pages.textContent("slaForm"))
                .doesNotContain("Title is required.")
                .contains(
                        "Target \"Mail availability\": a percentage lies between 0 and 100.",
                        "The limit per period must be more than zero.");
    }

    @Test
    @DisplayName("The calendar editor names every problem in one save: the name, each overlapping day, a time and a "
            + "date it cannot read; the refused date stays as typed")
    void calendarEditorReportsEveryProblemInOneSave() {
        String form = "calendarForm:";
        browser.open("calendars/edit.xhtml");
        pages.type(form + "code", Unique.code("CAL"));
        // two more rows, both Monday 08:00-17:00 as a new row starts: one stays Monday, one becomes Tuesday
        pages.click(form + "addHoursButton");
        browser.find(form + "hoursTable:5:day");
        pages.click(form + "addHoursButton");
        browser.find(form + "hoursTable:6:day");
        pages.choose(form + "hoursTable:6:day", "Tuesday");
        pages.click(form + "addHolidayButton");
        browser.find(form + "holidayTable:0:holidayName");
        pages.type(form + "holidayTable:0:holidayName", "Imlek");
        pages.typeDate(form + "holidayTable:0:holidayDate", "2026-02-30");
        pages.retype(form + "hoursTable:2:closes", "25:00");
        pages.click(form + "saveButton");

        pages.waitForText(form + "hoursTable", "Closes: \"25:00\" is not a time of day");
        pages.waitForText("messages", "The service hours on Tuesday overlap.");
        assertThat(browser.pageText())
                .contains(
                        "Name is required.",
                        "The service hours on Monday overlap.",
                        "Date: \"2026-02-30\" is not a date of the calendar");
        assertThat(browser.find(form + "holidayTable:0:holidayDate_input").getAttribute("value"))
                .isEqualTo("2026-02-30");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("id=");
    }

    @Test
    @DisplayName("A text field shows its limit before anything is typed, in English and in Bahasa Indonesia")
    void limitIsShownBeforeTyping() {
        browser.open("slas/edit.xhtml");
        assertThat(pages.text(SLA + "referenceLimit")).isEqualTo("At most 40 characters");
        assertThat(pages.text(SLA + "titleLimit")).isEqualTo("At most 200 characters");
        assertThat(pages.text(SLA + "requirementsLimit")).isEqualTo("At most 4,000 characters");
        assertThat(browser.find(SLA + "title").getAttribute("value")).isEmpty();
        pages.click(SLA + "tabs:addTargetButton");
        pages.waitForText(TARGETS + "0:targetNameLimit", "At most 200 characters");

        browser.open("customers/edit.xhtml");
        assertThat(pages.text("customerForm:codeLimit")).isEqualTo("At most 30 characters");
        assertThat(pages.text("customerForm:nameLimit")).isEqualTo("At most 200 characters");
        try {
            browser.open("customers/list.xhtml");
            pages.language("Bahasa Indonesia", "Pelanggan");
            browser.open("customers/edit.xhtml");
            assertThat(pages.text("customerForm:nameLimit")).isEqualTo("Paling banyak 200 karakter");
        } finally {
            pages.english();
        }
    }

    @Test
    @DisplayName("An over-long name is refused with its limit, not cut to the limit and saved")
    void overLongNameIsRefusedWithItsLimit() {
        String code = Unique.code("LONG");
        browser.open("customers/edit.xhtml");
        pages.type("customerForm:code", code);
        // 5,000 characters at once, as a paste brings them: the server refuses them, it never cuts them
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];", browser.find("customerForm:name"), "N".repeat(5000));
        pages.choose("customerForm:kind", "Internal");
        pages.click("customerForm:saveButton");
        pages.waitForText("customerForm", "at most 200 characters");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("customers/view");

        assertThat(Api.as(DemoUsers.ADMIN)
                        .get("api/v1/customers?code=" + code)
                        .json()
                        .getJsonArray("items"))
                .as("nothing was saved")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "The SLA editor reports every problem of the draft in one save, and a fixed problem's message goes away")
    void slaEditorReportsEveryProblemInOneSave() {
        browser.open("slas/edit.xhtml");
        pages.type(SLA + "reference", Unique.code("SLA"));
        pages.type(SLA + "title", "Four problems at once");
        pages.choose(SLA + "customerId", "FIN");
        pages.typeDate(SLA + "validFrom", "2026-06-01");
        pages.typeDate(SLA + "validTo", "2026-01-01");

        pages.click(SLA + "tabs:addTargetButton");
        pages.type(TARGETS + "0:targetName", "Mail availability");
        pages.type(TARGETS + "0:threshold", "abc");
        // a field that cannot be read stops a row from being added, and says so beside itself
        pages.click(SLA + "tabs:addTargetButton");
        pages.waitForText(SLA + "tabs:targetTable", "Threshold: \"abc\" is not a number");
        assertThat(pages.present(TARGETS + "1:targetName")).isFalse();
        pages.type(TARGETS + "0:threshold", "150");
        pages.click(SLA + "tabs:addTargetButton");
        browser.find(TARGETS + "1:targetName");
        pages.waitForTextGone(SLA + "tabs:targetTable", "is not a number");
        pages.type(TARGETS + "1:targetName", "Restore tests");
        pages.choose(TARGETS + "1:metric", "Custom KPI");
        pages.type(TARGETS + "1:threshold", "2");

        tab("limitsTab");
        pages.click(SLA + "tabs:addLimitButton");
        pages.type(SLA + "tabs:limitTable:0:limitName", "Tickets");
        pages.type(SLA + "tabs:limitTable:0:maximum", "0");
        pages.click(SLA + "saveButton");

        pages.waitForText(SLA + "tabs:limitTable", "The limit per period must be more than zero.");
        String form = pages.textContent("slaForm");
        assertThat(form)
                .contains(
                        "The end of validity cannot be before its start.",
                        "Target \"Mail availability\": a percentage lies between 0 and 100.",
                        "Target \"Restore tests\": a custom KPI needs a unit.",
                        "The limit per period must be more than zero.");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("id=");

        pages.typeDate(SLA + "validTo", "2026-12-31");
        pages.click(SLA + "saveButton");
        pages.waitForTextGone("slaForm", "The end of validity cannot be before its start.");
        assertThat(pages.textContent("slaForm")).contains("Target \"Restore tests\": a custom KPI needs a unit.");
    }

    @Test
    @DisplayName("A record id that is not a number answers 404, not an empty form for a new record")
    void recordIdThatIsNotANumberIsNotFound() {
        browser.open("customers/edit.xhtml?id=abc");
        assertThat(browser.pageText()).contains("Page not found");
        assertThat(pages.present("customerForm")).isFalse();
        browser.open("slas/edit.xhtml?id=abc");
        assertThat(browser.pageText()).contains("Page not found");
        assertThat(pages.present("slaForm")).isFalse();
    }

    @Test
    @DisplayName("Compute report with an empty month says so beside the month, not on the error page")
    void emptyMonthIsAFieldMessage() {
        long id = Slas.as(DemoUsers.SLAMAN)
                .draft(Slas.as(DemoUsers.SLAMAN).forFinanceEmail(Unique.code("SLA")))
                .json()
                .getJsonNumber("id")
                .longValue();
        browser.open("dashboard/sla.xhtml?id=" + id);
        pages.click("runForm:runButton");
        pages.waitForText("runForm", "Give the month as YYYY-MM");
        assertThat(browser.pageText()).doesNotContain("Something went wrong");
    }

    @Test
    @DisplayName("A due date in the past is asked about before it is saved")
    void pastDueDateAsksForConfirmation() {
        String title = Unique.code("Past due");
        String past = LocalDate.now().minusDays(3).toString();
        browser.open("improvements/edit.xhtml");
        pages.type("improvementForm:title", title);
        pages.type("improvementForm:description", "Found late");
        pages.type("improvementForm:sourceReference", "Review 2026-Q3");
        pages.typeDate("improvementForm:dueOn", past);
        pages.click("improvementForm:saveButton");
        pages.waitForText("improvementForm", past + " is in the past");
        assertThat(pages.text("improvementForm:saveButton")).isEqualTo("Save with this past due date");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("improvements/view");

        pages.click("improvementForm:saveButton");
        browser.waiting().until(ExpectedConditions.urlContains("improvements/view"));
        pages.waitForText("improvementTitle", title);
    }

    @Test
    @DisplayName(
            "A CSV upload lists every problem of a row, shows errors only on request, and offers the list of problems and a template")
    void csvUploadListsEveryProblemAndOffersFiles() {
        String prefix = Unique.code("CSVP");
        Path file = ServiceDataCsv.tickets()
                .ticket(prefix + "-1", "ERP", "FIN", "P1", "2026-10-05T09:00:00+07:00", "2026-10-05T12:00:00+07:00")
                .ticket(
                        prefix + "-2",
                        "NOSUCHSERVICE",
                        "NOSUCHCUSTOMER",
                        "P1",
                        "yesterday",
                        "2026-10-05T12:00:00+07:00")
                .write("problems.csv");
        browser.open("service-data/upload.xhtml");
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("form[id='upload'] input[type='file']")))
                .sendKeys(file.toAbsolutePath().toString());
        pages.waitForText("preview:errorSummary", "1 of 2 rows have problems");
        assertThat(pages.text("preview:rows")).contains("service: ", "customer: ", "opened: ", "NOSUCHSERVICE");

        browser.find("preview:errorsOnly")
                .findElement(By.cssSelector(".ui-chkbox-box"))
                .click();
        pages.waitForTextGone("preview:rows", prefix + "-1");
        assertThat(pages.text("preview:rows")).contains(prefix + "-2");

        String problems = submittedForText("preview", "preview:errorsButton");
        // the browser's text decoder drops the byte order mark the file starts with
        assertThat(problems).startsWith("Line,Column,Problem");
        assertThat(problems.lines().filter(line -> line.startsWith("3,")))
                .as("each problem of line 3 on its own line")
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(problems).contains("NOSUCHSERVICE", "NOSUCHCUSTOMER");

        String template = submittedForText("template", "template:templateButton");
        assertThat(template.strip()).isEqualTo(String.join(",", ServiceDataCsv.TICKET_COLUMNS));
    }

    @Test
    @DisplayName("Computing a month that has its report already says that the existing report was opened")
    void rerunOfAReportedMonthSaysItOpenedTheExistingReport() {
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        long id = slas.active(slas.forFinanceEmail(Unique.code("RERUN"))
                .targets("[{\"name\":\"Satisfaction score\",\"metric\":\"CUSTOM_KPI\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":4,\"unit\":\"points\",\"period\":\"MONTH\"}]")
                .limits("[{\"name\":\"Named users\",\"metric\":\"NAMED_USERS\",\"maximum\":500,"
                        + "\"period\":\"MONTH\",\"overLimit\":\"REPORT_ONLY\"}]")
                .noExceptions());
        String month = YearMonth.now().minusMonths(2).toString();
        for (int run = 0; run < 2; run++) {
            browser.open("dashboard/sla.xhtml?id=" + id);
            pages.type("runForm:month", month.replace("-", ""));
            pages.click("runForm:runButton");
            pages.waitForText("reportPeriod", month);
        }
        pages.waitForText("messages", "already exists: it is opened as stored");
    }

    @Test
    @DisplayName("A customer name of 200 characters does not widen the SLA editor")
    void longNameNeverWidensAPage() {
        String code = Unique.code("AAW");
        String name = "Perusahaan" + "X".repeat(190);
        pages.createCustomer(code, name, "External");
        browser.viewport(1280, 900);
        browser.open("slas/edit.xhtml");
        browser.find("slaForm:customerId");
        Object widths = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth + ' <= ' + window.innerWidth;");
        Object widest = ((JavascriptExecutor) browser.driver())
                .executeScript("var out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.right > window.innerWidth + 1 && out.length < 6) {"
                        + "    out.push((e.id || e.tagName) + '.' + e.className + ':' + Math.round(r.right)); }"
                        + "}); return out.join(' | ');");
        assertThat(String.valueOf(widths))
                .as("wider than the window: %s", widest)
                .satisfies(w -> {
                    String[] parts = w.split(" <= ");
                    assertThat(Integer.parseInt(parts[0])).as(w).isLessThanOrEqualTo(Integer.parseInt(parts[1]));
                });
        assertThat(browser.driver().getPageSource()).contains(name);
    }

    /** Submits a form with one of its buttons from inside the page, as the button would, and reads the answer. */
    private String submittedForText(String formId, String buttonId) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "var form = document.getElementById(arguments[0]);"
                                + "var data = new URLSearchParams(new FormData(form));"
                                + "data.append(arguments[1], arguments[1]);"
                                + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                                + ".then(function (r) { return r.text(); })"
                                + ".then(done, function (e) { done('failed: ' + e); });",
                        formId,
                        buttonId);
    }

    private void newSlaWithThreshold(String threshold) {
        browser.open("slas/edit.xhtml");
        pages.click(SLA + "tabs:addTargetButton");
        pages.type(TARGETS + "0:targetName", "Mail availability");
        pages.type(TARGETS + "0:threshold", threshold);
        pages.click(SLA + "saveButton");
    }

    private void tab(String tabId) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#slaForm:tabs:" + tabId + "']")))
                .click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("slaForm:tabs:" + tabId)));
    }
}
