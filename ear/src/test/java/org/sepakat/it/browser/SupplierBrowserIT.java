package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.Unique;

/** A supplier manager keeps the supplier register through the web UI (issue 13 §1, SUP-1, SUP-8, X-4). */
class SupplierBrowserIT extends SignedInBrowser {

    @Override
    protected String user() {
        return DemoUsers.SUPMAN;
    }

    private void createSupplier(String code, String name) {
        browser.open("suppliers/list.xhtml");
        pages.click("list:newButton");
        pages.type("supplierForm:code", code);
        pages.type("supplierForm:name", name);
        pages.choose("supplierForm:kind", "External supplier");
        pages.click("supplierForm:saveButton");
        browser.waiting().until(ExpectedConditions.urlContains("suppliers/view"));
        pages.waitForText("supplierCode", code);
    }

    private void appoint(String responsibility) {
        pages.choose("tabs:managerForm:responsibilityChoice", responsibility);
        pages.choose("tabs:managerForm:staffChoice", "Surya Supplier");
        pages.click("tabs:managerForm:appointButton");
        pages.waitForText("tabs:managerForm:managerTable", responsibility);
    }

    @Test
    @DisplayName("SUP-1: a new supplier is refused activation naming the missing responsibility until a named person"
            + " holds each of relationship, contract and performance; then it is active")
    void supplierBecomesActiveOnlyWithItsThreeResponsibilities() {
        String code = Unique.code("SUPB");
        createSupplier(code, "PT Pemasok Uji " + code);
        assertThat(pages.text("supplierStatus")).isEqualTo("Prospect");
        assertThat(pages.text("missing")).contains("Relationship", "Contract", "Performance");

        pages.click("actions:activateButton");
        pages.waitForText("messages", "nobody is responsible for \"Relationship\"");
        assertThat(pages.text("supplierStatus")).isEqualTo("Prospect");

        appoint("Relationship");
        pages.click("actions:activateButton");
        pages.waitForText("messages", "nobody is responsible for \"Contract\"");
        appoint("Contract");
        appoint("Performance");

        pages.click("actions:activateButton");
        pages.waitForText("supplierStatus", "Active");
        assertThat(pages.text("messages")).contains("Supplier " + code + " is active.");
        assertThat(pages.present("missing")).isFalse();

        pages.tab("historyTab");
        assertThat(pages.text("tabs:historyTable"))
                .contains("Status", "Active", "Responsible for the contract", "Surya Supplier")
                .doesNotContain("ACTIVE", DemoUsers.SUPMAN);
    }

    @Test
    @DisplayName("SUP-8: an interface past its review date says so in words, on the supplier and in its row")
    void overdueInterfaceIsNamedInWords() {
        String code = Unique.code("SUPI");
        createSupplier(code, "PT Antarmuka " + code);
        pages.tab("contactsTab");
        pages.type("tabs:contactForm:contactName", "Agus Wijaya");
        pages.type("tabs:contactForm:contactRole", "Service desk lead");
        pages.click("tabs:contactForm:saveContactButton");
        pages.waitForText("tabs:contactForm:contactTable", "Agus Wijaya");

        pages.tab("interfacesTab");
        pages.click("tabs:interfaceForm:saveInterfaceButton");
        pages.waitForText("tabs:interfaceForm", "Say what passes through the interface.");
        assertThat(pages.text("tabs:interfaceForm")).contains("Choose the owner.", "Next review date is required.");

        pages.type("tabs:interfaceForm:interfaceExchange", "Incident hand-off");
        pages.choose("tabs:interfaceForm:interfaceSupplierContactId", "Agus Wijaya");
        pages.choose("tabs:interfaceForm:interfaceOwnerId", "Surya Supplier");
        pages.typeDate("tabs:interfaceForm:interfaceNextReview", "2020-01-31");
        pages.click("tabs:interfaceForm:saveInterfaceButton");
        pages.waitForText("tabs:interfaceForm:interfaceTable", "Incident hand-off");
        assertThat(pages.text("tabs:interfaceForm:interfaceTable")).contains("Review overdue", "Agus Wijaya");
        pages.waitForText("overdueNotice", "1 interface is past the review date.");
    }

    @Test
    @DisplayName("A supplier named like HTML stays text on the list, its page and the search")
    void markupInANameIsShownAsText() {
        String code = Unique.code("XSUP");
        String name = "<img src=x onerror=alert(1)>";
        createSupplier(code, name);
        assertThat(pages.text("supplierName")).isEqualTo(name);
        assertNoAlert();

        browser.open("suppliers/list.xhtml");
        pages.type("list:codeFilter", code);
        pages.waitForText("list:table", code);
        assertThat(pages.text("list:table")).contains(name);
        assertNoAlert();

        browser.open("search.xhtml?q=" + code);
        pages.waitForText("found-suppliers", code);
        assertThat(pages.text("found-suppliers")).contains(name);
        assertNoAlert();
    }

    @Test
    @DisplayName("X-4: the auditor reads a supplier without any edit control and is refused the form")
    void auditorSeesNoEditControl() {
        Reply created = Api.as(DemoUsers.SUPMAN)
                .post(
                        "api/v1/suppliers",
                        "{\"code\":\"" + Unique.code("AUD") + "\",\"name\":\"Audited supplier\","
                                + "\"kind\":\"INTERNAL_SUPPLIER\"}");
        long id = created.json().getJsonNumber("id").longValue();
        try (Browser auditor = new Browser(Pages.BASE_URL)) {
            Pages auditorPages = new Pages(auditor);
            auditor.login(DemoUsers.AUDITOR, DemoUsers.PASSWORD);
            auditorPages.english();
            auditor.open("suppliers/view.xhtml?id=" + id);
            auditorPages.waitForText("supplierName", "Audited supplier");
            assertThat(auditorPages.text("tabs")).contains("Responsible staff", "Contacts", "Interfaces", "History");
            assertThat(auditorPages.text("missing")).contains("Relationship", "Contract", "Performance");
            for (String control : new String[] {
                "actions:activateButton",
                "actions:editButton",
                "actions:deleteButton",
                "tabs:managerForm:appointButton",
                "tabs:contactForm:saveContactButton",
                "tabs:interfaceForm:saveInterfaceButton"
            }) {
                assertThat(auditorPages.present(control)).as(control).isFalse();
            }
            auditor.open("suppliers/list.xhtml");
            auditorPages.waitForText("list:table", "Code");
            assertThat(auditorPages.present("list:newButton")).isFalse();
            auditor.open("suppliers/edit.xhtml?id=" + id);
            auditorPages.waitForText("errorTitle", "Not allowed");
        }
    }

    @Test
    @DisplayName("Issue 13 §1: a supplier manager's start page lists the suppliers he is responsible for and the"
            + " interface reviews past due")
    void startPageShowsHisSuppliersAndOverdueReviews() {
        Api api = Api.as(DemoUsers.SUPMAN);
        // a leading digit sorts it first among his suppliers, the oldest review date first among the overdue
        String code = Unique.code("0HOME");
        long id = api.post(
                        "api/v1/suppliers",
                        "{\"code\":\"" + code + "\",\"name\":\"Start page supplier\",\"kind\":\"INTERNAL_SUPPLIER\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        long staff = api.get("api/v1/staff?username=" + DemoUsers.SUPMAN)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(api.put("api/v1/suppliers/" + id + "/managers/RELATIONSHIP/" + staff, null)
                        .status())
                .isEqualTo(200);
        Reply defined = api.post(
                "api/v1/suppliers/" + id + "/interfaces",
                "{\"exchange\":\"Quarterly report\",\"owner\":{\"id\":" + staff + "},\"nextReview\":\"2000-01-03\"}");
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);

        browser.open("index.xhtml");
        pages.waitForText("mySuppliers", code);
        assertThat(pages.text("mySuppliers")).contains(code + " · Start page supplier");
        assertThat(pages.text("supplierSection")).contains(code + " · Quarterly report");
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
