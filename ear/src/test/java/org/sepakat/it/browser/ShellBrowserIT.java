package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
 * Issue 12 §1: the shell around every page. On a laptop a side menu grouped by area with what the
 * role may open, a header of one row, breadcrumbs on detail pages and a global search limited to
 * what the user may see; on a phone every page fits the width and the menu opens from its button.
 * Its own records are stored through the report fixture, so it shares that deployment.
 */
@ExtendWith(ArquillianExtension.class)
class ShellBrowserIT {

    private static final int LAPTOP = 1400;
    private static final int PHONE = 390;
    private static final List<String> AREAS =
            List.of("Relationships", "Service levels", "Improvement", "Audit", "Administration");
    private static final List<String> PAGES = List.of(
            "Customers",
            "Staff",
            "Services",
            "Service level agreements",
            "Calendars",
            "Service data",
            "Reports",
            "Review schedules",
            "Review jobs",
            "Suppliers",
            "Supplier agreements",
            "Improvements",
            "Risks",
            "History",
            "Failed e-mails",
            "Admin center",
            "API documentation");
    /** What each role finds in the side menu, by area (X-4: no page it may not open). */
    private static final Map<String, List<String>> MENU = Map.of(
            DemoUsers.ADMIN, PAGES,
            DemoUsers.RELMAN,
                    List.of(
                            "Customers",
                            "Staff",
                            "Services",
                            "Service level agreements",
                            "Calendars",
                            "Service data",
                            "Reports",
                            "Suppliers",
                            "Supplier agreements",
                            "Improvements",
                            "Risks"),
            DemoUsers.SLAMAN,
                    List.of(
                            "Customers",
                            "Staff",
                            "Services",
                            "Service level agreements",
                            "Calendars",
                            "Service data",
                            "Reports",
                            "Review schedules",
                            "Review jobs",
                            "Suppliers",
                            "Supplier agreements",
                            "Improvements",
                            "Risks"),
            DemoUsers.SUPMAN,
                    List.of(
                            "Customers",
                            "Staff",
                            "Services",
                            "Service level agreements",
                            "Calendars",
                            "Reports",
                            "Suppliers",
                            "Supplier agreements",
                            "Improvements",
                            "Risks"),
            DemoUsers.AUDITOR,
                    List.of(
                            "Customers",
                            "Staff",
                            "Services",
                            "Service level agreements",
                            "Calendars",
                            "Service data",
                            "Reports",
                            "Review schedules",
                            "Review jobs",
                            "Suppliers",
                            "Supplier agreements",
                            "Improvements",
                            "Risks",
                            "History"));

    private final List<Browser> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ReportFixtures.ear();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    @DisplayName("Issue 12 §1, X-4: at 1400 px each role sees a one-row header and a side menu grouped by area "
            + "with exactly the pages it may open; the page shown is marked")
    void laptopMenuPerRole() {
        MENU.forEach((user, expected) -> {
            Pages pages = signedIn(user, LAPTOP);
            Browser browser = browsers.get(browsers.size() - 1);
            browser.open("customers/list.xhtml");
            pages.waitForText("list:table", "Code");

            String menu = pages.text("sideMenu");
            for (String page : PAGES) {
                assertThat(menu.contains(page)).as(user + " offered " + page).isEqualTo(expected.contains(page));
            }
            assertThat(menu)
                    .as(user + " sees the areas of his pages")
                    .contains("Relationships", "Service levels", "Improvement");
            assertThat(menu.contains("Audit")).as(user + " sees Audit").isEqualTo(expected.contains("History"));
            assertThat(menu.contains("Administration"))
                    .as(user + " sees Administration")
                    .isEqualTo(expected.contains("Admin center"));
            assertThat(menu).as("no later area shown before its pages exist").doesNotContain("Conformity");
            assertThat(current(browser))
                    .as("the list shown is marked in the menu")
                    .isEqualTo("Customers");

            List<Long> rows = headerRows(browser);
            assertThat(rows).as(user + ": the header's parts stand in one row").hasSize(1);
            assertThat(browser.contentSecurityViolations())
                    .as("nothing blocked by the page's policy")
                    .isEmpty();
        });
    }

    @Test
    @DisplayName(
            "Issue 12 §1: the side menu leads to a page of another area, which is then marked, and its areas collapse")
    void menuNavigatesAndCollapses() {
        Pages pages = signedIn(DemoUsers.SLAMAN, LAPTOP);
        Browser browser = browsers.get(0);
        browser.find("sideMenu").findElement(By.linkText("Improvements")).click();
        pages.waitForText("list:table", "Number");
        assertThat(current(browser)).isEqualTo("Improvements");

        WebElement reports = browser.find("sideMenu").findElement(By.linkText("Reports"));
        assertThat(reports.isDisplayed()).isTrue();
        browser.find("sideMenu").findElement(By.linkText("Service levels")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOf(reports));
        browser.find("sideMenu").findElement(By.linkText("Service levels")).click();
        browser.waiting().until(ExpectedConditions.visibilityOf(reports));
    }

    @Test
    @DisplayName("Issue 12 §1: at 390 px the start page, a list, the SLA editor and a report fit the width; the menu "
            + "opens from its button; language, bell and sign-out stay reachable")
    void phoneFitsEveryPage() {
        Record record = reportedSla();
        Pages pages = signedIn(DemoUsers.SLAMAN, LAPTOP);
        Browser browser = browsers.get(0);
        browser.viewport(PHONE, 844);

        browser.open("index.xhtml");
        browser.find("serviceLevelSection");
        assertFits(browser, "the start page");
        browser.open("customers/list.xhtml?code=FIN");
        pages.waitForText("list:table", "FIN");
        assertFits(browser, "the customer list");
        browser.open("slas/edit.xhtml?id=" + record.sla());
        pages.waitForText("slaHeading", record.reference());
        assertFits(browser, "the SLA editor");
        browser.open("reports/view.xhtml?id=" + record.report());
        pages.waitForText("reportAgreement", record.reference());
        assertFits(browser, "a report");

        for (String reachable :
                new String[] {"language:choice", "bellLink", "logout:logoutButton", "globalSearchText"}) {
            WebElement element = browser.find(reachable);
            assertThat(element.isDisplayed()).as(reachable + " shown").isTrue();
            assertThat(element.getRect().getX() + element.getRect().getWidth())
                    .as(reachable + " within the screen")
                    .isLessThanOrEqualTo(PHONE);
        }
        WebElement menu = browser.find("sideMenu");
        assertThat(menu.isDisplayed()).as("the menu waits behind its button").isFalse();
        pages.click("menuButton");
        browser.waiting().until(ExpectedConditions.visibilityOf(menu));
        assertThat(browser.find("menuButton").getAttribute("aria-expanded")).isEqualTo("true");
        assertFits(browser, "the open menu");
        menu.findElement(By.linkText("Reports")).click();
        browser.waiting().until(ExpectedConditions.titleContains("Period reports"));
        pages.waitForText("list:table", "Rating");
        assertFits(browser, "the report list");
        assertThat(browser.find("sideMenu").isDisplayed())
                .as("the menu closes with the page it opened")
                .isFalse();

        pages.choose("language:choice", "Bahasa Indonesia");
        browser.waiting().until(ExpectedConditions.titleContains("Laporan periode"));
        pages.waitForText("language:choice_label", "Bahasa Indonesia");
        browser.waiting()
                .until(driver ->
                        "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState;")));
        pages.choose("language:choice", "English");
        browser.waiting().until(ExpectedConditions.titleContains("Period reports"));
        pages.click("bellLink");
        browser.waiting().until(ExpectedConditions.urlContains("notifications/list"));
        assertThat(browser.contentSecurityViolations())
                .as("nothing blocked by the page's policy")
                .isEmpty();
        pages.click("logout:logoutButton");
        browser.find("loggedOut");
    }

    @Test
    @DisplayName("WCAG 2.3.3: a user whose system asks for less motion gets the header's menus without their opening"
            + " animation; a user who did not ask keeps it")
    void lessMotionWhenAsked() {
        signedIn(DemoUsers.SLAMAN, LAPTOP);
        Browser browser = browsers.get(0);
        browser.open("customers/list.xhtml");
        assertThat(languageMenuOpens(browser))
                .as("the tests' browser asks for less motion: the menu is simply shown")
                .doesNotContain("ui-connected-overlay");

        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of(
                                "features",
                                List.of(Map.of("name", "prefers-reduced-motion", "value", "no-preference"))));
        browser.open("customers/list.xhtml");
        assertThat(languageMenuOpens(browser))
                .as("without that wish the menu fades in")
                .contains("ui-connected-overlay-enter");
    }

    /** Opens the header's language menu; the classes its panel has once it is shown. */
    private static String languageMenuOpens(Browser browser) {
        browser.find("language:choice_label").click();
        return browser.waiting().until(driver -> (String) ((JavascriptExecutor) driver)
                .executeScript("var panel = document.getElementById('language:choice_panel');"
                        + " return getComputedStyle(panel).display === 'none' ? null : panel.className;"));
    }

    @Test
    @DisplayName("Issue 12 §1: a report's breadcrumbs name its area, its list and the report, each a link")
    void breadcrumbsOnADetailPage() {
        Record record = reportedSla();
        Pages pages = signedIn(DemoUsers.SLAMAN, LAPTOP);
        Browser browser = browsers.get(0);
        browser.open("reports/view.xhtml?id=" + record.report());
        pages.waitForText("reportAgreement", record.reference());

        WebElement crumbs = browser.find("breadcrumbs");
        List<String> levels = crumbs.findElements(By.tagName("a")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
        assertThat(levels).containsExactly("Home", "Service levels", "Reports", record.reference() + " 2026-10");
        crumbs.findElement(By.linkText("Reports")).click();
        browser.waiting().until(ExpectedConditions.titleContains("Period reports"));
        assertThat(current(browser)).isEqualTo("Reports");

        browser.open("customers/view.xhtml?id=" + record.customer());
        pages.waitForText("customerCode", record.customerCode());
        browser.find("breadcrumbs").findElement(By.linkText("Relationships")).click();
        pages.waitForText("list:table", "Code");
        assertThat(current(browser)).isEqualTo("Customers");
    }

    @Test
    @DisplayName("Issue 12 §1, X-4: the header's search finds a relationship manager's customer and its SLA, grouped "
            + "by kind, each a link, and not the customer another manager looks after")
    void searchFindsOnlyWhatTheUserMaySee() {
        String prefix = Unique.code("SR");
        long mine = managedCustomer(DemoUsers.RELMAN, prefix + "M", "Dinas Pencarian");
        managedCustomer(DemoUsers.ADMIN, prefix + "X", "Dinas Orang Lain");
        String reference = prefix + "-SLA";
        Slas.as(DemoUsers.SLAMAN)
                .draft(new Slas.Document(reference).title("Search me").customer(mine));

        Pages pages = signedIn(DemoUsers.RELMAN, LAPTOP);
        Browser browser = browsers.get(0);
        pages.type("globalSearchText", prefix);
        pages.click("globalSearchButton");
        pages.waitForText("results", reference);

        assertThat(pages.text("found-customers"))
                .contains("Customers", prefix + "M", "Dinas Pencarian")
                .doesNotContain(prefix + "X")
                .doesNotContain("Dinas Orang Lain");
        assertThat(pages.text("found-slas")).contains("Service level agreements", reference, "Search me");
        assertThat(pages.text("results")).doesNotContain(prefix + "X");

        browser.find("found-customers").findElement(By.linkText(prefix + "M")).click();
        pages.waitForText("customerCode", prefix + "M");
        browser.open("search.xhtml?q=" + prefix + "X");
        pages.waitForText("results", "Nothing found");
        browser.open("search.xhtml?q=x");
        pages.waitForText("searchHint", "at least 2 characters");
        assertThat(browser.contentSecurityViolations())
                .as("nothing blocked by the page's policy")
                .isEmpty();
    }

    private Pages signedIn(String user, int width) {
        Browser browser = new Browser(Pages.BASE_URL);
        browsers.add(browser);
        Pages pages = new Pages(browser);
        browser.login(user, DemoUsers.PASSWORD);
        pages.english();
        browser.viewport(width, 1000);
        return pages;
    }

    /** The text of the side menu's entry marked as the page shown. */
    private static String current(Browser browser) {
        return browser.find("sideMenu")
                .findElement(By.cssSelector(".sp-current[aria-current='page']"))
                .getText()
                .strip();
    }

    /** The distinct top offsets of the header's visible parts: one value when they stand in one row. */
    @SuppressWarnings("unchecked")
    private static List<Long> headerRows(Browser browser) {
        return (List<Long>) ((JavascriptExecutor) browser.driver())
                .executeScript("var tops = [];"
                        + " Array.prototype.forEach.call(document.querySelector('.sp-header').children, function (e) {"
                        + "   var r = e.getBoundingClientRect(); if (r.width === 0) { return; }"
                        + "   var middle = Math.round(r.top + r.height / 2);"
                        + "   if (!tops.some(function (t) { return Math.abs(t - middle) < 12; })) { tops.push(middle); } });"
                        + " return tops;");
    }

    /** No horizontal scrolling: the document is no wider than the screen; names what sticks out when it is. */
    private static void assertFits(Browser browser, String what) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object overflow = js.executeScript(
                "var width = document.documentElement.clientWidth;"
                        + " if (document.documentElement.scrollWidth <= width) { return null; }"
                        + " var wide = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {"
                        + "   return e.getBoundingClientRect().right > width; });"
                        + " return document.documentElement.scrollWidth + ' > ' + width + ': ' + wide.slice(0, 5).map(function (e) {"
                        + "   return e.tagName + '#' + e.id + '.' + e.className + ' ' + e.getBoundingClientRect().right; }).join(', ');");
        assertThat(overflow).as(what + " fits the width of the screen").isNull();
    }

    private record Record(long customer, String customerCode, long sla, String reference, long report) {}

    /** A customer of its own with a draft SLA and a stored report for 2026-10. */
    private static Record reportedSla() {
        String code = Unique.code("SH");
        long customer = customer(DemoUsers.ADMIN, code, "Dinas Tampilan");
        String reference = Unique.code("SLA");
        long sla = Slas.as(DemoUsers.SLAMAN)
                .draft(new Slas.Document(reference).title("Shell for Dinas").customer(customer))
                .json()
                .getJsonNumber("id")
                .longValue();
        long report = ReportFixtures.store(sla, reference, customer, code, Period.of(2026, 10), "85", 96);
        return new Record(customer, code, sla, reference, report);
    }

    /** A customer recorded by this user, who becomes its first manager (BRM-4). */
    private static long managedCustomer(String user, String code, String name) {
        long id = customer(user, code, name);
        Api api = Api.as(user);
        long staff = api.get("api/v1/staff?username=" + user)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Reply appointed = api.put("api/v1/customers/" + id + "/managers/" + staff, null);
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(200);
        return id;
    }

    private static long customer(String user, String code, String name) {
        Reply created = Api.as(user)
                .post(
                        "api/v1/customers",
                        "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"INTERNAL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }
}
