package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ReportFixtures;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;
import org.sepakat.shared.entity.Period;

/**
 * Issue 12 §7: the main pages, as the administrator sees them in English, have no critical and no serious
 * accessibility violation by axe-core's rules (WCAG 2.1 AA and best practice). Its SLA and report are stored
 * through the report fixture, so it shares that deployment.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

    private Browser browser;
    private Pages pages;
    private long sla;
    private long report;
    private String customerCode;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ReportFixtures.ear();
    }

    /** A customer of its own with a draft SLA reported for October. */
    @BeforeEach
    void slaWithReportAndSignedInBrowser() {
        String code = Unique.code("AX");
        customerCode = code;
        Reply created = Api.as(DemoUsers.ADMIN)
                .post(
                        "api/v1/customers",
                        "{\"code\":\"" + code + "\",\"name\":\"Dinas Aksesibilitas\",\"kind\":\"INTERNAL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long customer = created.json().getJsonNumber("id").longValue();
        String reference = Unique.code("SLA");
        sla = Slas.as(DemoUsers.SLAMAN)
                .draft(new Slas.Document(reference).title("Mail for Dinas").customer(customer))
                .json()
                .getJsonNumber("id")
                .longValue();
        report = ReportFixtures.store(sla, reference, customer, code, Period.of(2026, 10), "85", 96);

        browser = new Browser(Pages.BASE_URL);
        pages = new Pages(browser);
        browser.login(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        pages.english();
        pages.serverZone();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    @DisplayName("Issue 12 §7: the main pages have no critical and no serious accessibility violation")
    void mainPagesHaveNoSeriousViolations() {
        Map<String, String> pagesToCheck = new LinkedHashMap<>();
        pagesToCheck.put("start page", "index.xhtml");
        pagesToCheck.put("customers list", "customers/list.xhtml");
        pagesToCheck.put("SLA list", "slas/list.xhtml");
        pagesToCheck.put("new SLA", "slas/edit.xhtml");
        pagesToCheck.put("existing SLA", "slas/edit.xhtml?id=" + sla);
        pagesToCheck.put("report", "reports/view.xhtml?id=" + report);
        pagesToCheck.put("new calendar", "calendars/edit.xhtml");
        pagesToCheck.put("improvements list", "improvements/list.xhtml");
        pagesToCheck.put("suppliers list", "suppliers/list.xhtml");
        pagesToCheck.put("new supplier", "suppliers/edit.xhtml");
        pagesToCheck.put("supplier", "suppliers/view.xhtml?id=" + supplier());

        Map<String, List<String>> found = new LinkedHashMap<>();
        pagesToCheck.forEach((name, path) -> {
            browser.open(path);
            settled();
            List<String> violations = pages.accessibilityViolations();
            if (!violations.isEmpty()) {
                found.put(name + " (" + path + ")", violations);
            }
        });

        assertThat(found).as("critical and serious violations by page").isEmpty();
    }

    @Test
    @DisplayName("Issue 12 §7: every field of a row of the SLA editor's targets, limits and exceptions has a label")
    void slaEditorRowsHaveNoSeriousViolations() {
        String sla = "slaForm:";
        browser.open("slas/edit.xhtml");
        pages.type(sla + "reference", Unique.code("SLA"));
        pages.type(sla + "title", "Labelled rows");
        pages.choose(sla + "customerId", customerCode);
        Map<String, List<String>> found = new LinkedHashMap<>();

        pages.click(sla + "tabs:addTargetButton");
        browser.find(sla + "tabs:targetTable:0:targetName");
        settled();
        found.put("targets", pages.accessibilityViolations());

        tab("limitsTab");
        pages.click(sla + "tabs:addLimitButton");
        browser.find(sla + "tabs:limitTable:0:limitName");
        settled();
        found.put("limits", pages.accessibilityViolations());

        tab("exceptionsTab");
        pages.click(sla + "tabs:addWindowButton");
        browser.find(sla + "tabs:windowTable:0:windowName");
        settled();
        found.put("exceptions", pages.accessibilityViolations());

        found.values().removeIf(List::isEmpty);
        assertThat(found).as("critical and serious violations by tab").isEmpty();
    }

    private void tab(String tabId) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#slaForm:tabs:" + tabId + "']")))
                .click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("slaForm:tabs:" + tabId)));
    }

    /** The page is loaded, its widgets drawn and no AJAX request is under way. */
    private void settled() {
        browser.find("main");
        browser.waiting()
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return document.readyState === 'complete'"
                                + " && (!window.jQuery || window.jQuery.active === 0)")));
    }

    /** A supplier of its own with a contact and an interface, so its page shows every table filled. */
    private static long supplier() {
        Api admin = Api.as(DemoUsers.ADMIN);
        long id = admin.post(
                        "api/v1/suppliers",
                        "{\"code\":\"" + Unique.code("A11Y")
                                + "\",\"name\":\"Accessible\",\"kind\":\"EXTERNAL_SUPPLIER\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        long contact = admin.post("api/v1/suppliers/" + id + "/contacts", "{\"name\":\"Agus\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        long staff = admin.get("api/v1/staff?username=" + DemoUsers.SUPMAN)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        admin.post(
                "api/v1/suppliers/" + id + "/interfaces",
                "{\"exchange\":\"Escalation\",\"supplierContact\":{\"id\":" + contact + "},\"owner\":{\"id\":" + staff
                        + "},\"nextReview\":\"2020-01-31\"}");
        return id;
    }
}
