package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ServiceDataCsv;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;

/** A service level manager delivers service data by hand: a CSV upload (preview, correction, import) and a KPI value (SLM-3, SLM-6). */
class ServiceDataBrowserIT extends SignedInBrowser {

    @Override
    protected String user() {
        return DemoUsers.SLAMAN;
    }

    private void upload(Path file) {
        WebElement input = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("form[id='upload'] input[type='file']")));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private ServiceDataCsv tickets(String prefix, String thirdResolved) {
        return ServiceDataCsv.tickets()
                .ticket(prefix + "-1", "ERP", "FIN", "P1", "2026-10-05T09:00:00+07:00", "2026-10-05T12:00:00+07:00")
                .row(
                        prefix + "-2",
                        "ERP",
                        "FIN",
                        "request",
                        "P3",
                        "waiting for customer",
                        "2026-10-06T09:00:00+07:00",
                        "2026-10-06T09:30:00+07:00",
                        "2026-10-07T09:00:00+07:00",
                        "2026-10-06T10:00:00+07:00/2026-10-06T16:00:00+07:00")
                .ticket(prefix + "-3", "EMAIL", "FIN", "P2", "2026-10-08T09:00:00+07:00", thirdResolved);
    }

    /** An SLA of the demo customer with one custom KPI target, made through the API. */
    private static String slaWithKpi() {
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        String reference = Unique.code("KPI");
        slas.draft(slas.forFinanceEmail(reference)
                .title("KPI entry")
                .targets("[{\"name\":\"Satisfaction score\",\"metric\":\"CUSTOM_KPI\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":4,\"unit\":\"points\",\"period\":\"MONTH\"}]"));
        return reference;
    }

    @Test
    @DisplayName("SLM-3: a KPI value is entered by hand; entering the same measure and month again changes it")
    void kpiValueEnteredAndChanged() {
        String reference = slaWithKpi();
        browser.open("service-data/kpi.xhtml");
        pages.choose("kpi:sla", reference);
        pages.waitForText("kpi:measure_label", "Satisfaction score");
        pages.type("kpi:period", "2026-10");
        pages.type("kpi:value", "4.4");
        pages.click("kpi:saveButton");
        pages.waitForText("messages", "Value of Satisfaction score for 2026-10 saved.");
        pages.waitForText("kpi:recent", "4.4");

        pages.type("kpi:value", "3.9");
        pages.type("kpi:note", "Corrected after the survey closed");
        pages.click("kpi:saveButton");
        pages.waitForText("messages", "Value of Satisfaction score for 2026-10 changed.");
        pages.waitForText("kpi:recent", "Corrected after the survey closed");
        assertThat(pages.text("kpi:recent")).contains("3.9").doesNotContain("4.4");

        pages.type("kpi:period", "October");
        pages.click("kpi:saveButton");
        pages.waitForText("kpi", "is not a month");
    }

    @Test
    @DisplayName(
            "SLM-6: a CSV with a bad row is previewed with the error and cannot be imported; corrected, it is imported and listed")
    void uploadPreviewCorrectImport() {
        String prefix = Unique.code("CSV");
        browser.open("service-data/list.xhtml");
        pages.click("uploadButton");
        browser.waiting().until(ExpectedConditions.urlContains("service-data/upload"));

        upload(tickets(prefix, "2026-10-08T08:00:00+07:00").write("tickets-october.csv"));
        pages.waitForText("preview:errorSummary", "1 of 3 rows have problems");
        assertThat(pages.text("preview:rows"))
                .contains(
                        prefix + "-1",
                        prefix + "-2",
                        "waiting for customer",
                        "resolved: 2026-10-08T01:00:00Z is before the ticket was opened (2026-10-08T02:00:00Z).");
        assertThat(browser.driver().findElements(By.cssSelector("[id='preview:rows'] tr.sp-row-error")))
                .hasSize(1);
        assertThat(browser.find("preview:importButton").isEnabled()).isFalse();

        upload(tickets(prefix, "2026-10-08T17:00:00+07:00").write("tickets-october.csv"));
        pages.waitForTextGone("preview", "rows have problems");
        assertThat(pages.present("preview:errorSummary")).isFalse();
        pages.waitForText("preview:importButton", "Import rows (3)");
        pages.click("preview:importButton");
        pages.waitForText("messages", "Imported tickets-october.csv: 3 records created, 0 updated.");
        assertThat(pages.present("preview:rows")).isFalse();

        browser.open("service-data/list.xhtml");
        pages.type("ticketsForm:externalIdFilter", prefix);
        pages.waitForText("ticketsForm:tickets", prefix + "-3");
        assertThat(pages.text("ticketsForm:tickets"))
                .contains(prefix + "-1", prefix + "-2", "ERP", "EMAIL", "FIN", "request", "P3");
    }
}
