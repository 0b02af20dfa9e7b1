package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ReportFixtures;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;
import org.sepakat.shared.entity.Period;

/**
 * Issue 12 §4: names as long as their fields allow (200 characters, one unbroken word) never widen
 * a page: the customer's, the service's, the SLA's title and the staff member's display name, on a
 * laptop and on a phone. Its report is stored through the report fixture, so it shares that
 * deployment.
 */
@ExtendWith(ArquillianExtension.class)
class WideNamesBrowserIT {

    private static final int LAPTOP = 1400;
    private static final int PHONE = 390;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ReportFixtures.ear();
    }

    @Test
    @DisplayName("Customer, service, SLA title and display name of 200 unbroken characters fit every page showing "
            + "them at 1400 and 390 px, in English and in Bahasa Indonesia")
    void longNamesNeverWidenAPage() {
        String code = Unique.code("WIDE");
        String customerName = "Perusahaan" + "X".repeat(190);
        String serviceName = "Layanan" + "Y".repeat(193);
        String title = "Perjanjian" + "Z".repeat(190);
        String displayName = "Pengelola" + "W".repeat(191);
        Api admin = Api.as(DemoUsers.ADMIN);
        long customer = created(admin.post(
                "api/v1/customers",
                "{\"code\":\"" + code + "\",\"name\":\"" + customerName + "\",\"kind\":\"INTERNAL\"}"));
        long service =
                created(admin.post("api/v1/services", "{\"code\":\"" + code + "\",\"name\":\"" + serviceName + "\"}"));
        assertThat(admin.put("api/v1/customers/" + customer + "/services/" + service, null)
                        .status())
                .isIn(200, 204);
        JsonObject slaman = admin.get("api/v1/staff?username=" + DemoUsers.SLAMAN)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        long staff = slaman.getJsonNumber("id").longValue();
        assertThat(admin.put("api/v1/customers/" + customer + "/managers/" + staff, null)
                        .status())
                .isEqualTo(200);
        rename(admin, staff, slaman, displayName);
        try (Browser browser = new Browser(Pages.BASE_URL)) {
            long sla = created(Slas.as(DemoUsers.SLAMAN)
                    .draft(new Slas.Document(code)
                            .title(title)
                            .customer(customer)
                            .services(service)));
            long report = ReportFixtures.store(sla, code, customer, code, Period.of(2026, 10), "85", 96);
            Pages pages = new Pages(browser);
            browser.login(DemoUsers.SLAMAN, DemoUsers.PASSWORD);
            pages.english();
            for (int width : new int[] {LAPTOP, PHONE}) {
                browser.viewport(width, 900);
                shows(browser, pages, "slas/edit.xhtml?id=" + sla, "slaHeading", code, width);
                assertThat(browser.find("slaForm:title").getAttribute("value")).isEqualTo(title);
                assertThat(browser.driver().getPageSource()).contains(displayName);
                shows(browser, pages, "customers/view.xhtml?id=" + customer, "customerCode", code, width);
                assertThat(browser.driver().getPageSource()).contains(customerName, displayName);
                shows(browser, pages, "customers/list.xhtml?code=" + code, "list:table", customerName, width);
                shows(browser, pages, "services/list.xhtml?code=" + code, "list:table", serviceName, width);
                shows(browser, pages, "slas/list.xhtml?customerId=" + customer, "list:table", title, width);
                shows(
                        browser,
                        pages,
                        "staff/list.xhtml?username=" + DemoUsers.SLAMAN,
                        "list:table",
                        displayName,
                        width);
                shows(browser, pages, "reports/list.xhtml?agreementId=" + sla, "list:table", code, width);
                shows(browser, pages, "reports/view.xhtml?id=" + report, "reportAgreement", code, width);
                shows(browser, pages, "dashboard/sla.xhtml?id=" + sla, "slaReference", code, width);
                shows(browser, pages, "dashboard/customer.xhtml?customerId=" + customer, "main", customerName, width);
                shows(browser, pages, "index.xhtml", "main", "", width);
            }
            // the language switch waits for the side menu, which a phone keeps behind its button
            browser.viewport(LAPTOP, 900);
            try {
                pages.language("Bahasa Indonesia", "Pelanggan");
                browser.viewport(PHONE, 900);
                shows(browser, pages, "slas/edit.xhtml?id=" + sla, "slaHeading", code, PHONE);
                shows(browser, pages, "customers/view.xhtml?id=" + customer, "customerCode", code, PHONE);
            } finally {
                browser.viewport(LAPTOP, 900);
                pages.english();
            }
            assertThat(wider).as("pages wider than the window").isEmpty();
        } finally {
            JsonObject now = admin.get("api/v1/staff/" + staff).json();
            rename(admin, staff, now, slaman.getString("displayName"));
        }
    }

    /** What stuck out on each page that was wider than the window: every page is looked at before the test fails. */
    private final List<String> wider = new ArrayList<>();

    /** Opens a page at a width, waits for {@code text} in element {@code id} and notes what sticks out, if anything. */
    private void shows(Browser browser, Pages pages, String path, String id, String text, int width) {
        browser.open(path);
        pages.waitForText(id, text);
        browser.waiting()
                .until(driver ->
                        "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState;")));
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("var width = window.innerWidth;"
                        + " if (document.documentElement.scrollWidth <= width) { return null; }"
                        + " var wide = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {"
                        + "   return !e.closest('.ui-helper-hidden-accessible') && e.getBoundingClientRect().right > width + 1"
                        + "     && e.parentElement.getBoundingClientRect().right <= width + 1; });"
                        + " return document.documentElement.scrollWidth + ' > ' + width + ': '"
                        + "   + wide.slice(-6).map(function (e) {"
                        + "   return e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right);"
                        + " }).join(', ');");
        if (overflow != null) {
            wider.add(path + " at " + width + " px: " + overflow);
        }
    }

    private static void rename(Api admin, long staff, JsonObject current, String displayName) {
        JsonObjectBuilder renamed =
                Json.createObjectBuilder().add("displayName", displayName).add("version", current.getInt("version"));
        if (current.isNull("email")) {
            renamed.addNull("email");
        } else {
            renamed.add("email", current.getString("email"));
        }
        Reply reply = admin.put("api/v1/staff/" + staff, renamed.build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static long created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().getJsonNumber("id").longValue();
    }
}
