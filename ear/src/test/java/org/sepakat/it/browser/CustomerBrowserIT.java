package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ReviewedCustomer;
import org.sepakat.it.support.Unique;

/** A relationship manager keeps the customer register through the web UI (BRM-1..4, X-5). */
class CustomerBrowserIT extends SignedInBrowser {

    private static final String MAIL_SERVICE = "EMAIL";

    @Override
    protected String user() {
        return DemoUsers.RELMAN;
    }

    @Test
    @DisplayName("BRM-4: a customer is made active only once it has a relationship manager")
    void customerBecomesActiveOnlyWithARelationshipManager() {
        String code = Unique.code("BRW");
        pages.createCustomer(code, "Browser Test " + code, "External");
        assertThat(pages.text("customerStatus")).isEqualTo("Prospect");

        pages.click("actions:activateButton");
        pages.waitForText("messages", "cannot be made active until it has at least one relationship manager");
        assertThat(pages.text("customerStatus")).isEqualTo("Prospect");

        pages.tab("managersTab");
        pages.choose("tabs:managerForm:managerChoice", "Rina Relationship");
        pages.click("tabs:managerForm:appointButton");
        pages.waitForText("tabs:managerForm:managerTable", "Rina Relationship");

        pages.tab("servicesTab");
        pages.choose("tabs:serviceForm:serviceChoice", MAIL_SERVICE);
        pages.click("tabs:serviceForm:subscribeButton");
        pages.waitForText("tabs:serviceForm:serviceTable", "Corporate e-mail");

        pages.tab("contactsTab");
        pages.type("tabs:contactForm:contactName", "Wati Pengguna");
        pages.type("tabs:contactForm:contactEmail", "not-an-address");
        pages.click("tabs:contactForm:addContactButton");
        pages.waitForText("tabs:contactForm", "This is not a valid e-mail address.");
        pages.type("tabs:contactForm:contactEmail", "wati@example.org");
        pages.click("tabs:contactForm:addContactButton");
        pages.waitForText("tabs:contactForm:contactTable", "Wati Pengguna");
        pages.choose("tabs:contactForm:roleContact", "Wati Pengguna");
        pages.choose("tabs:contactForm:roleService", MAIL_SERVICE);
        pages.choose("tabs:contactForm:roleKind", "User");
        pages.click("tabs:contactForm:assignRoleButton");
        pages.waitForText("tabs:contactForm:contactTable", MAIL_SERVICE);
        assertThat(pages.text("tabs:contactForm:contactTable")).contains("User");

        pages.click("actions:activateButton");
        pages.waitForText("customerStatus", "Active");
        assertThat(pages.text("messages")).contains("is now active");

        pages.tab("historyTab");
        assertThat(pages.text("tabs:historyTable"))
                .contains("Status", "Prospect", "Active", "Rina Relationship")
                .as("issue 12 §3: labels and display names, never codes or user names")
                .doesNotContain("PROSPECT", "ACTIVE", DemoUsers.RELMAN);
    }

    @Test
    @DisplayName(
            "BRM-4: on a customer he does not manage, a relationship manager is not offered to appoint or withdraw managers")
    void noManagerControlsOnAnotherManagersCustomer() {
        Api admin = Api.as(DemoUsers.ADMIN);
        Reply created = admin.post(
                "api/v1/customers",
                "{\"code\":\"" + Unique.code("BRW") + "\",\"name\":\"Managed by admin\"," + "\"kind\":\"EXTERNAL\"}");
        long id = created.json().getJsonNumber("id").longValue();
        long adminStaff = admin.get("api/v1/staff?username=" + DemoUsers.ADMIN)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(admin.put("api/v1/customers/" + id + "/managers/" + adminStaff, null)
                        .status())
                .isEqualTo(200);

        browser.open("customers/view.xhtml?id=" + id);
        pages.tab("managersTab");
        pages.waitForText(
                "tabs:managerForm:onlyManagers", "Only an administrator or a relationship manager of this customer");
        assertThat(pages.text("tabs:managerForm:managerTable")).contains(DemoUsers.ADMIN);
        assertThat(browser.driver().findElements(By.id("tabs:managerForm:appointButton")))
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':withdrawButton']")))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "X-4: the improvement and service data pages show a relationship manager nothing of a customer he does not manage")
    void anotherCustomersImprovementAndTicketsStayHidden() {
        ReviewedCustomer other = new ReviewedCustomer();
        var improvement = other.improvementsAs(DemoUsers.SLAMAN)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);

        browser.open(
                "improvements/view.xhtml?id=" + improvement.getJsonNumber("id").longValue());
        assertThat(browser.pageText())
                .contains("Page not found")
                .doesNotContain(improvement.getString("number"))
                .doesNotContain("P1 resolution");

        browser.open("improvements/list.xhtml");
        pages.type("list:textFilter", improvement.getString("number"));
        pages.waitForText("list:table", "No improvement matches.");
        assertThat(pages.text("list:table")).doesNotContain(improvement.getString("number"));

        browser.open("service-data/list.xhtml");
        pages.type("ticketsForm:externalIdFilter", other.lateTicket);
        pages.waitForText("ticketsForm:tickets", "No records match.");
        assertThat(pages.text("ticketsForm:tickets")).doesNotContain(other.lateTicket);
    }

    @Test
    @DisplayName("X-5: the customer pages speak Bahasa Indonesia once the user chooses it, and so do the date pickers")
    void customerPagesSpeakBahasaIndonesia() {
        String code = Unique.code("BRW");
        pages.createCustomer(code, "Pelanggan Uji " + code, "Internal");
        try {
            pages.language("Bahasa Indonesia", "Pelanggan");
            pages.waitForText("customerStatus", "Prospek");
            assertThat(pages.text("customerKind")).isEqualTo("Internal");
            assertThat(pages.text("tabs")).contains("Kontak", "Layanan", "Pengelola hubungan", "Riwayat");
            assertThat(pages.text("actions:activateButton")).isEqualTo("Aktifkan");

            pages.click("actions:activateButton");
            pages.waitForText("messages", "tidak dapat diaktifkan");

            browser.open("customers/list.xhtml");
            pages.waitForText("list:table", "Kode");
            assertThat(pages.text("list:newButton")).isEqualTo("Pelanggan baru");

            browser.open("improvements/edit.xhtml");
            assertThat(browser.driver().getPageSource())
                    .contains("locale-id.js")
                    .doesNotContain("RES_NOT_FOUND");
            pages.type("improvementForm:dueOn_input", "2026-08-17");
            browser.driver()
                    .findElement(By.cssSelector("[id='improvementForm:dueOn'] .ui-datepicker-trigger"))
                    .click();
            pages.waitForText("improvementForm:dueOn_panel", "Agustus");
            assertThat(browser.driver().findElements(By.cssSelector("[id='improvementForm:dueOn_panel'] thead th")))
                    .extracting(WebElement::getText)
                    .containsExactly("Sn", "Sl", "Rb", "Km", "Jm", "Sb", "Mg");
        } finally {
            // away from the open date picker, whose panel may cover the header's menus
            browser.open("index.xhtml");
            pages.english();
        }
    }

    @Test
    @DisplayName("A customer name that looks like HTML is shown as text and never runs")
    void markupInANameIsShownAsText() {
        String code = Unique.code("XSS");
        String name = "<img src=x onerror=alert(1)>";
        pages.createCustomer(code, name, "External");
        assertThat(pages.text("customerName")).isEqualTo(name);
        assertNoAlert();

        browser.open("customers/list.xhtml");
        pages.type("list:codeFilter", code);
        pages.waitForText("list:table", code);
        assertThat(pages.text("list:table")).contains(name);
        assertNoAlert();
    }

    @Test
    @DisplayName("Issue 9: an AJAX request that fails on the server answers with the error page, never the exception")
    void failingAjaxRequestShowsNoException() {
        browser.open("customers/list.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list:table")));
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.getElementById('list');
                var data = new URLSearchParams(new FormData(form));
                data.set('jakarta.faces.partial.ajax', 'true');
                data.set('jakarta.faces.source', 'list:table');
                data.set('jakarta.faces.partial.execute', 'list:table');
                data.set('jakarta.faces.partial.render', 'list:table');
                data.set('list:table', 'list:table');
                data.set('list:table_pagination', 'true');
                data.set('list:table_encodeFeature', 'true');
                data.set('list:table_first', 'not-a-number');
                data.set('list:table_rows', '10');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin',
                        headers: {'Faces-Request': 'partial/ajax'}})
                    .then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); })
                    .catch(function (e) { done('failed ' + e); });
                """);
        assertThat(answer)
                .asString()
                .as("the partial response")
                .startsWith("200 ")
                .contains("<redirect url=", "/errorpages/error.xhtml")
                .doesNotContain("Exception", "SQL", "at org.", "at java.", "not-a-number", "<error-name>");
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
