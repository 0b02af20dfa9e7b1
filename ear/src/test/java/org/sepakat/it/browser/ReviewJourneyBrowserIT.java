package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ServiceDataCsv;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;
import org.sepakat.schedule.entity.ScheduleRule;

/**
 * The whole of issue #4 as a service level manager lives it: tickets arrive as a CSV (one bad row,
 * corrected and uploaded again), last month is reviewed, the report shows the missed target, the
 * dashboard draws it and the improvement register holds the opportunity it raised (SLM-6, SLM-8, X-3).
 */
class ReviewJourneyBrowserIT extends SignedInBrowser {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final Api slaman = Api.as(DemoUsers.SLAMAN);
    private final Slas slas = Slas.as(DemoUsers.SLAMAN);

    @Override
    protected String user() {
        return DemoUsers.SLAMAN;
    }

    /** An active SLA of the demo customer FIN on EMAIL: tickets of its own priority resolved within 4 h, 90 % of them. */
    private long activeSla(String reference, String priority) {
        return slas.active(slas.forFinanceEmail(reference)
                .title("Urgent mail fixes")
                .cadence("MONTHLY")
                .targets("[{\"name\":\"Urgent resolution\",\"metric\":\"RESOLUTION_TIME\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":90,\"period\":\"MONTH\",\"priority\":\"" + priority + "\",\"withinHours\":4}]")
                .limits("[{\"name\":\"Named users\",\"metric\":\"NAMED_USERS\",\"maximum\":500,\"period\":\"MONTH\","
                        + "\"overLimit\":\"REPORT_ONLY\"}]")
                .noExceptions());
    }

    /** Three tickets last month: one fixed in 2 h, one in 10 h, the third as given. */
    private static Path tickets(String prefix, String priority, YearMonth month, String thirdResolved) {
        String day = month.atDay(6).toString();
        return ServiceDataCsv.tickets()
                .ticket(prefix + "-1", "EMAIL", "FIN", priority, day + "T09:00:00+07:00", day + "T11:00:00+07:00")
                .ticket(prefix + "-2", "EMAIL", "FIN", priority, day + "T10:00:00+07:00", day + "T20:00:00+07:00")
                .ticket(prefix + "-3", "EMAIL", "FIN", priority, day + "T12:00:00+07:00", day + thirdResolved)
                .write("urgent-tickets.csv");
    }

    private void upload(Path file) {
        WebElement input = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("form[id='upload'] input[type='file']")));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    @DisplayName(
            "SLM-6, SLM-8: CSV in (bad row fixed), last month reviewed, missed target on the report and chart, improvement raised")
    void ingestReviewSeeReportChartAndImprovement() {
        String reference = Unique.code("JRN");
        String priority = Unique.code("U");
        long sla = activeSla(reference, priority);
        YearMonth lastMonth = YearMonth.now(JAKARTA).minusMonths(1);

        browser.open("service-data/upload.xhtml");
        upload(tickets(reference, priority, lastMonth, "T11:00:00+07:00"));
        pages.waitForText("preview:errorSummary", "1 of 3 rows have problems");
        assertThat(pages.text("preview:rows")).contains("is before the ticket was opened");
        assertThat(browser.find("preview:importButton").isEnabled()).isFalse();
        upload(tickets(reference, priority, lastMonth, "T13:00:00+07:00"));
        pages.waitForText("preview:importButton", "Import rows (3)");
        pages.click("preview:importButton");
        pages.waitForText("messages", "3 records created, 0 updated.");

        browser.open("dashboard/sla.xhtml?id=" + sla);
        pages.waitForText("slaReference", reference);
        pages.type("runForm:month", lastMonth.toString().replace("-", ""));
        pages.click("runForm:runButton");
        pages.waitForText("reportAgreement", reference);
        assertThat(pages.text("reportPeriod")).isEqualTo(lastMonth.toString());
        assertThat(pages.text("reportRating")).isEqualTo("Red");
        assertThat(pages.text("targets")).contains("Urgent resolution", "66.67", "Missed");

        browser.open("dashboard/sla.xhtml?id=" + sla);
        WebElement canvas = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='attainmentCharts:0:chart'] canvas")));
        Object drawn = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var c = window.Chart && Chart.getChart(arguments[0]); return c ? c.data.labels.join(',') : null;",
                        canvas);
        assertThat(drawn).isEqualTo(lastMonth.toString());

        browser.open("improvements/list.xhtml");
        pages.type("list:textFilter", reference);
        pages.waitForText("list:table", reference + " " + lastMonth);
        assertThat(pages.text("list:table")).contains("Sari Service Level");

        // issue 11 §1: the opportunity is about the missed line and links to it on the report
        // the filtered table may be drawn again after its text shows (the list's address is updated after each load)
        By viewLink = By.xpath("//tr[contains(., '" + reference + "')]//a[contains(@id, 'viewLink')]");
        browser.waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement link = ExpectedConditions.elementToBeClickable(viewLink).apply(driver);
            if (link == null) {
                return false;
            }
            link.click();
            return true;
        });
        pages.waitForText("sourceReport", reference + " " + lastMonth + " · Urgent resolution");
        pages.click("sourceReport");
        pages.waitForText("reportAgreement", reference);
        assertThat(pages.text("reportPeriod")).isEqualTo(lastMonth.toString());
    }

    private static String ticket(String externalId, String priority, String opened, String resolved) {
        return "{\"externalId\":\"" + externalId
                + "\",\"service\":\"EMAIL\",\"customer\":\"FIN\",\"kind\":\"incident\"," + "\"priority\":\"" + priority
                + "\",\"opened\":\"" + opened + "\",\"resolved\":\"" + resolved + "\"}";
    }

    @Test
    @DisplayName(
            "X-1, SLM-6: a ticket delivered again after last month's report keeps both versions; Reproduce on the report"
                    + " page says identical and names the later delivery, and so does the API")
    void reportIsReproducedAfterATicketIsDeliveredAgain() {
        String reference = Unique.code("RPR");
        String priority = Unique.code("R");
        long sla = activeSla(reference, priority);
        YearMonth lastMonth = YearMonth.now(JAKARTA).minusMonths(1);
        String day = lastMonth.atDay(6).toString();
        Reply delivered = slaman.post(
                "api/v1/service-records",
                "{\"tickets\":["
                        + ticket(reference + "-1", priority, day + "T09:00:00+07:00", day + "T11:00:00+07:00") + ","
                        + ticket(reference + "-2", priority, day + "T10:00:00+07:00", day + "T12:00:00+07:00") + "]}");
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        Reply report = slaman.post("api/v1/slas/" + sla + "/reports/" + lastMonth, "");
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        long reportId = report.json().getJsonNumber("id").longValue();
        Reply again = slaman.post(
                "api/v1/service-records/tickets",
                ticket(reference + "-2", priority, day + "T10:00:00+07:00", day + "T22:00:00+07:00"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);

        Reply versions = Api.as(DemoUsers.AUDITOR).get("api/v1/service-records/tickets/" + reference + "-2/versions");
        assertThat(versions.status()).as(versions.body()).isEqualTo(200);
        assertThat(versions.jsonArray()).hasSize(2);
        assertThat(versions.jsonArray()
                        .getJsonObject(0)
                        .getJsonObject("delivery")
                        .getJsonArray("changed")
                        .getString(0))
                .isEqualTo("resolved");
        assertThat(versions.jsonArray().getJsonObject(1).getJsonObject("ticket").getString("resolved"))
                .isEqualTo(lastMonth.atDay(6).atTime(5, 0) + ":00Z");
        Reply reproduced =
                Api.as(DemoUsers.AUDITOR).get("api/v1/slas/" + sla + "/reports/" + lastMonth + "/reproduction");
        assertThat(reproduced.status()).as(reproduced.body()).isEqualTo(200);
        assertThat(reproduced.json().getString("outcome")).isEqualTo("IDENTICAL");
        assertThat(reproduced
                        .json()
                        .getJsonArray("laterDeliveries")
                        .getJsonObject(0)
                        .getString("externalId"))
                .isEqualTo(reference + "-2");

        browser.open("reports/view.xhtml?id=" + reportId);
        pages.waitForText("reportAgreement", reference);
        assertThat(pages.text("targets")).contains("Urgent resolution", "100", "Met");
        pages.click("reproductionForm:reproduceButton");
        pages.waitForText("reproductionForm:reproductionOutcome", "Reproduced: identical.");
        assertThat(pages.text("reproductionForm:laterDeliveries"))
                .contains(reference + "-2", "v2", "Sari Service Level", "REST API", "resolved");
        assertThat(pages.text("targets")).as("the stored figures stay").contains("100", "Met");
    }

    @Test
    @DisplayName(
            "SLM-6: schedules show their next run; one is created, moved to the last day and 2 days before it, offered only days every month has; a past month run now shows completed in the job history")
    void scheduleChangedThenRunNowShowsInTheJobHistory() {
        String reference = Unique.code("SCH");
        long sla = activeSla(reference, Unique.code("S"));
        String name = Unique.code("Browser review");

        browser.open("schedules/list.xhtml");
        assertThat(scheduleRow("Monthly SLA review"))
                .contains("Day 1 at 02:00 (Asia/Jakarta)", "On", nextRunText(new ScheduleRule(1, 2, 0, JAKARTA)));

        pages.click("list:newButton");
        pages.type("scheduleForm:name", name);
        pages.choose("scheduleForm:dayOfMonth", "3");
        pages.retype("scheduleForm:hour_input", "4");
        pages.click("scheduleForm:saveButton");
        pages.waitForText("messages", "Schedule " + name + " was saved.");
        pages.choose("scheduleForm:dayOfMonth", "Last day");
        pages.retype("scheduleForm:hour_input", "5");
        pages.click("scheduleForm:saveButton");
        pages.waitForText("messages", "Schedule " + name + " was saved.");
        pages.waitForText("scheduleForm:nextRun", nextRunText(new ScheduleRule(ScheduleRule.LAST_DAY, 5, 0, JAKARTA)));
        pages.click("scheduleForm:cancelButton");
        assertThat(scheduleRow(name))
                .contains(
                        "Last day at 05:00 (Asia/Jakarta)",
                        "On",
                        nextRunText(new ScheduleRule(ScheduleRule.LAST_DAY, 5, 0, JAKARTA)));

        browser.driver().findElement(By.linkText(name)).click();
        assertThat(browser.driver().findElements(By.cssSelector("[id='scheduleForm:dayOfMonth_input'] option")).stream()
                        .map(o -> o.getAttribute("textContent"))
                        .toList())
                .as("only days every month has, then the month's end in words")
                .hasSize(32)
                .startsWith("1", "2")
                .containsSubsequence(
                        "27",
                        "28",
                        "Last day",
                        "1 day before the last day",
                        "2 days before the last day",
                        "3 days before the last day")
                .doesNotContain("29", "0", "-1");
        assertThat(pages.text("scheduleForm:dayOfMonth_label")).isEqualTo("Last day");
        pages.choose("scheduleForm:dayOfMonth", "2 days before the last day");
        pages.click("scheduleForm:saveButton");
        pages.waitForText("messages", "Schedule " + name + " was saved.");
        pages.waitForText("scheduleForm:nextRun", nextRunText(new ScheduleRule(-2, 5, 0, JAKARTA)));
        browser.open("schedules/list.xhtml");
        assertThat(scheduleRow(name))
                .contains(
                        "2 days before the last day at 05:00 (Asia/Jakarta)",
                        nextRunText(new ScheduleRule(-2, 5, 0, JAKARTA)));

        browser.driver().findElement(By.linkText(name)).click();
        YearMonth month = YearMonth.now(JAKARTA).minusMonths(24);
        pages.choose("runForm:runPeriod", month.toString());
        Instant asked = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        pages.click("runForm:runButton");
        pages.waitForText("messages", "The review of " + month + " was started as job execution ");
        String execution = pages.text("messages").replaceAll("(?s).*job execution (\\d+);.*", "$1");

        pages.click("runForm:jobsLink");
        // the page shows the run as it was when loaded: Refresh, as a user would, until it has ended
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (pages.text(jobRow(execution) + "batchStatus").equals("Completed")) {
                        return true;
                    }
                    pages.click("list:refreshButton");
                    return false;
                });
        String row = jobRow(execution);
        assertThat(pages.text(row + "period")).isEqualTo(month.toString());
        assertThat(pages.text(row + "trigger")).isEqualTo("On demand");
        assertThat(pages.text(row + "exitStatus")).isEqualTo("COMPLETED");
        Instant started = shownInstant(pages.text(row + "started"));
        Instant ended = shownInstant(pages.text(row + "ended"));
        assertThat(started).isBetween(asked.truncatedTo(ChronoUnit.MINUTES), Instant.now());
        assertThat(ended).isBetween(started, Instant.now());
        int reviewed = Integer.parseInt(pages.text(row + "reviewed"));
        int stored = Integer.parseInt(pages.text(row + "stored"));
        assertThat(stored)
                .as("at least this test's SLA got its report")
                .isPositive()
                .isLessThanOrEqualTo(reviewed);
        Reply report = slaman.get("api/v1/slas/" + sla + "/reports/" + month);
        assertThat(report.status()).as(report.body()).isEqualTo(200);

        browser.open("schedules/list.xhtml");
        browser.driver().findElement(By.linkText(name)).click();
        pages.click("scheduleForm:deleteButton");
        pages.click("confirmForm:confirmYes");
        pages.waitForText("messages", "Schedule " + name + " was deleted.");
        assertThat(browser.driver().findElements(By.linkText(name))).isEmpty();
    }

    /** The row of the schedule of that name in the schedules list. */
    private String scheduleRow(String name) {
        return browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//tbody[@id='list:table_data']/tr[.//a[normalize-space()='" + name + "']]")))
                .getText();
    }

    /** The id prefix of the job history row showing that execution, e.g. "list:table:0:". */
    private String jobRow(String execution) {
        String id = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//tbody[@id='list:table_data']//span[substring(@id, string-length(@id) - 9) = ':execution' and normalize-space()='"
                                + execution + "']")))
                .getAttribute("id");
        return id.substring(0, id.length() - "execution".length());
    }

    /** When the schedule runs next, as the schedule pages write it: in the user's zone (the server's), named. */
    private static String nextRunText(ScheduleRule rule) {
        return ShownMoment.english(rule.nextRunAfter(Instant.now()));
    }

    /** A moment as the job history writes it (English, the user's zone, to the minute). */
    private static Instant shownInstant(String text) {
        return ShownMoment.parseEnglish(text);
    }
}
