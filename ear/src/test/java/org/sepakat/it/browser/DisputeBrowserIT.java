package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.SupplierAgreementsApi;
import org.sepakat.it.support.Unique;

/** A supplier manager records a dispute and manages it to closure in the web UI (issue 14 §4, SUP-12, X-4). */
class DisputeBrowserIT extends SignedInBrowser {

    @Override
    protected String user() {
        return DemoUsers.SUPMAN;
    }

    /** A new supplier's label as the supplier choice shows it. */
    private static String supplierLabel() {
        long id = SupplierAgreementsApi.as(DemoUsers.SUPMAN)
                .supplier("INTERNAL_SUPPLIER", null)
                .supplierId();
        JsonObject supplier =
                Api.as(DemoUsers.SUPMAN).get("api/v1/suppliers/" + id).json();
        return supplier.getString("code") + " – " + supplier.getString("name");
    }

    @Test
    @DisplayName(
            "SUP-12: the supplier manager records a dispute from the list (a missing subject is refused on the"
                    + " field), negotiates it, resolves it once an outcome is chosen, and closes it; then no step is offered; it raises an improvement and the header search finds it")
    void supmanRecordsAndClosesADispute() {
        String supplier = supplierLabel();
        String subject = Unique.code("October credits");

        browser.open("disputes/list.xhtml");
        pages.click("list:newButton");
        pages.choose("disputeForm:supplierId", supplier);
        pages.type("disputeForm:concerns", "Invoice INV-2026-044");
        pages.type("disputeForm:description", "Service credits for the October outage were not applied");
        pages.type("disputeForm:amount_input", "1500000");
        pages.choose("disputeForm:owner", "Surya Supplier");
        pages.click("disputeForm:saveButton");
        pages.waitForText("disputeForm", "Give the subject of the dispute.");

        pages.type("disputeForm:subject", subject);
        pages.click("disputeForm:saveButton");
        browser.waiting().until(ExpectedConditions.urlContains("disputes/view"));
        pages.waitForText("disputeSubject", subject);
        String number = pages.text("disputeNumber");
        assertThat(number).matches("DSP-\\d{6,}");
        assertThat(pages.text("disputeStatus")).isEqualTo("Open");
        assertThat(pages.text("disputeAmount")).isEqualTo("1,500,000.00 IDR");
        assertThat(pages.text("disputeConcerns")).isEqualTo("Invoice INV-2026-044");

        pages.click("actions:negotiateButton");
        pages.waitForText("disputeStatus", "Under negotiation");

        pages.click("resolveForm:resolveButton");
        pages.waitForText("resolveForm", "Choose the outcome.");
        assertThat(pages.text("disputeStatus")).isEqualTo("Under negotiation");
        pages.choose("resolveForm:outcome", "Credit");
        pages.type("resolveForm:resolution", "Credit note CN-77 for the full amount");
        pages.click("resolveForm:resolveButton");
        pages.waitForText("disputeStatus", "Resolved");
        assertThat(pages.text("disputeOutcome")).isEqualTo("Credit");
        assertThat(pages.text("disputeResolution")).isEqualTo("Credit note CN-77 for the full amount");
        assertThat(pages.present("resolveForm")).isFalse();
        assertThat(pages.present("actions:editButton")).isFalse();

        pages.click("actions:closeButton");
        pages.waitForText("disputeStatus", "Closed");
        assertThat(pages.present("actions:closeButton")).isFalse();
        assertThat(pages.present("actions:negotiateButton")).isFalse();
        assertThat(pages.present("actions:escalateButton")).isFalse();

        pages.tab("historyTab");
        assertThat(pages.text("tabs:historyTable")).contains("Credit note CN-77 for the full amount");

        pages.click("actions:improvementButton");
        browser.waiting().until(ExpectedConditions.urlContains("improvements/view"));
        pages.waitForText("improvementTitle", subject);
        assertThat(pages.text("improvementSource")).isEqualTo("Supplier shortfall");

        browser.open("disputes/list.xhtml");
        pages.type("list:textFilter", subject);
        pages.waitForText("list:table", subject);
        assertThat(pages.text("list:table")).contains("Closed", "1,500,000.00 IDR");

        browser.open("search.xhtml?q=" + number);
        pages.waitForText("found-disputes", subject);
    }

    @Test
    @DisplayName("X-4: the auditor reads a dispute and the list without any button to record or move one")
    void auditorSeesNoButtons() {
        String subject = Unique.code("Audited dispute");
        long supplierId = SupplierAgreementsApi.as(DemoUsers.SUPMAN)
                .supplier("INTERNAL_SUPPLIER", null)
                .supplierId();
        var created = Api.as(DemoUsers.SUPMAN)
                .post(
                        "api/v1/disputes",
                        "{\"supplierId\":" + supplierId + ",\"subject\":\"" + subject + "\",\"description\":\"d\","
                                + "\"amount\":10,\"currency\":\"USD\",\"owner\":\"supman\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        try (Browser auditor = new Browser(Pages.BASE_URL)) {
            Pages auditorPages = new Pages(auditor);
            auditor.login(DemoUsers.AUDITOR, DemoUsers.PASSWORD);
            auditorPages.english();
            auditor.open("disputes/view.xhtml?id=" + id);
            auditorPages.waitForText("disputeSubject", subject);
            assertThat(auditorPages.text("disputeStatus")).isEqualTo("Open");
            for (String control : new String[] {
                "actions:editButton",
                "actions:negotiateButton",
                "actions:escalateButton",
                "actions:closeButton",
                "resolveForm"
            }) {
                assertThat(auditorPages.present(control)).as(control).isFalse();
            }
            auditor.open("disputes/list.xhtml");
            auditorPages.waitForText("list:table", "Number");
            assertThat(auditorPages.present("list:newButton")).isFalse();
        }
    }
}
