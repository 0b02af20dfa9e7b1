package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ReportFixtures;
import org.sepakat.it.support.RiskFixtures;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;
import org.sepakat.shared.entity.Period;

/**
 * Issue 12 §7: every page, as each role sees it, in English and in Bahasa Indonesia, has no critical and no
 * serious accessibility violation by axe-core's rules (WCAG 2.1 AA and best practice); so do the sign-in page
 * and the error pages. Every tab of a page is shown and checked. Each role's pages are checked by two browsers
 * signed in as that role at once, each taking every other page (the same checks in half the time on two cores).
 * Its SLA and report are stored through the report fixture, so it shares that deployment.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

    /** An id no record has: its page answers with the not-found page. */
    private static final long NO_SUCH_ID = 987_654_321L;

    /** The headers of a p:tabView's tabs. */
    private static final String TABS = ".ui-tabs > .ui-tabs-nav > li > a";

    /** How many browsers check a role's pages at once. */
    private static final int BROWSERS = 2;

    /** A signed-in browser and its page helpers. */
    private record Session(Browser browser, Pages pages) {}

    /** Every browser this test opened, closed after it. */
    private final List<Browser> opened = new CopyOnWriteArrayList<>();

    private Browser browser;
    private Pages pages;
    private long sla;
    private long report;
    private long customer;
    private String customerCode;
    private long service;
    private long calendar;
    private long improvement;
    private long staff;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ReportFixtures.ear();
    }

    /**
     * A customer of its own, managed by the relationship manager, with a draft SLA reported for October; a
     * service, a calendar and an improvement of their own.
     */
    @BeforeEach
    void records() {
        String code = Unique.code("AX");
        customerCode = code;
        customer = id(Api.as(DemoUsers.ADMIN)
                .post(
                        "api/v1/customers",
                        "{\"code\":\"" + code + "\",\"name\":\"Dinas Aksesibilitas\",\"kind\":\"INTERNAL\"}"));
        String reference = Unique.code("SLA");
        sla = Slas.as(DemoUsers.SLAMAN)
                .draft(new Slas.Document(reference).title("Mail for Dinas").customer(customer))
                .json()
                .getJsonNumber("id")
                .longValue();
        report = ReportFixtures.store(sla, reference, customer, code, Period.of(2026, 10), "85", 96);
        service = id(Api.as(DemoUsers.SLAMAN)
                .post(
                        "api/v1/services",
                        "{\"code\":\"" + Unique.code("AXS") + "\",\"name\":\"Accessible mail\","
                                + "\"description\":\"Mail read aloud\"}"));
        calendar = id(Api.as(DemoUsers.SLAMAN)
                .post(
                        "api/v1/calendars",
                        "{\"code\":\"" + Unique.code("AXK") + "\",\"name\":\"Accessible hours\","
                                + "\"timeZone\":\"Asia/Jakarta\",\"hours\":[{\"day\":\"MONDAY\","
                                + "\"opens\":\"08:00:00\",\"closes\":\"17:00:00\"}]}"));
        improvement = id(Api.as(DemoUsers.SUPMAN)
                .post(
                        "api/v1/improvements",
                        "{\"title\":\"" + Unique.code("Readable") + "\",\"description\":\"Screen readers\","
                                + "\"sourceKind\":\"SUPPLIER_SHORTFALL\",\"sourceReference\":\"" + code
                                + "\",\"owner\":\"" + DemoUsers.SUPMAN + "\",\"dueOn\":\""
                                + LocalDate.now().plusDays(14) + "\",\"priority\":\"HIGH\"}"));
        Reply relman = Api.as(DemoUsers.ADMIN).get("api/v1/staff?username=" + DemoUsers.RELMAN);
        assertThat(relman.status()).as(relman.body()).isEqualTo(200);
        staff = relman.json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Reply appointed = Api.as(DemoUsers.ADMIN).put("api/v1/customers/" + customer + "/managers/" + staff, null);
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(200);
    }

    private static long id(Reply created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private void signIn(String user) {
        Session session = session(user);
        browser = session.browser();
        pages = session.pages();
    }

    /** A new browser signed in as {@code user}, in English and the server's zone. */
    private Session session(String user) {
        Browser opening = new Browser(Pages.BASE_URL);
        opened.add(opening);
        Pages its = new Pages(opening);
        opening.login(user, DemoUsers.PASSWORD);
        its.english();
        its.serverZone();
        return new Session(opening, its);
    }

    /** {@link #BROWSERS} browsers signed in as {@code user} at once. */
    private List<Session> sessions(String user) {
        return inParallel(IntStream.range(0, BROWSERS).boxed().toList(), n -> session(user));
    }

    /** Applies {@code work} to each of {@code inputs} on a thread of its own; the results in their order. */
    private static <T, R> List<R> inParallel(List<T> inputs, Function<T, R> work) {
        ExecutorService threads = Executors.newFixedThreadPool(inputs.size());
        try {
            List<Future<R>> running = inputs.stream()
                    .map(input -> threads.submit(() -> work.apply(input)))
                    .toList();
            List<R> results = new ArrayList<>();
            for (Future<R> result : running) {
                results.add(result.get());
            }
            return results;
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(stopped);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Checks {@code pagesToCheck} with the browsers of {@code sessions} at once, each taking every other page,
     * and adds what they find to {@code found}.
     */
    private void checkInParallel(
            List<Session> sessions,
            Map<String, String> pagesToCheck,
            String run,
            Map<String, List<String>> found,
            boolean withTabs) {
        List<Map.Entry<String, String>> all = new ArrayList<>(pagesToCheck.entrySet());
        List<Map<String, List<String>>> foundBySession =
                inParallel(IntStream.range(0, sessions.size()).boxed().toList(), n -> {
                    Map<String, String> share = new LinkedHashMap<>();
                    for (int page = n; page < all.size(); page += sessions.size()) {
                        share.put(all.get(page).getKey(), all.get(page).getValue());
                    }
                    Map<String, List<String>> itsFinds = new LinkedHashMap<>();
                    check(sessions.get(n), share, run, itsFinds, withTabs);
                    return itsFinds;
                });
        foundBySession.forEach(found::putAll);
    }

    @AfterEach
    void closeBrowsers() {
        opened.forEach(Browser::close);
    }

    @Test
    @DisplayName("Issue 12 §7: the sign-in page has no critical and no serious accessibility violation")
    void signInPageHasNoSeriousViolations() {
        browser = new Browser(Pages.BASE_URL);
        opened.add(browser);
        pages = new Pages(browser);
        browser.open("index.xhtml");
        browser.find("j_username");
        settled(browser);

        assertThat(pages.accessibilityViolations())
                .as("critical and serious violations")
                .isEmpty();
    }

    @Test
    @DisplayName("Issue 12 §7: every page and tab the administrator opens, in English and in Bahasa Indonesia, and the"
            + " not-found page, have no critical and no serious accessibility violation")
    void everyPageInEachLanguageHasNoSeriousViolations() {
        List<Session> admins = sessions(DemoUsers.ADMIN);
        Map<String, List<String>> found = new LinkedHashMap<>();
        checkInParallel(admins, everyPage(), "en", found, true);
        try {
            inParallel(admins, session -> {
                session.browser().open("customers/list.xhtml");
                settled(session.browser());
                session.pages().language("Bahasa Indonesia", "Pelanggan");
                return session;
            });
            // the words change, the widgets do not: the tabs were checked in English
            checkInParallel(admins, everyPage(), "id", found, false);
        } finally {
            inParallel(admins, session -> {
                session.browser().open("customers/list.xhtml");
                settled(session.browser());
                session.pages().english();
                return session;
            });
        }

        assertThat(found).as("critical and serious violations by page").isEmpty();
    }

    @Test
    @DisplayName("Issue 12 §7: the pages as the relationship manager sees them, and the forbidden page")
    void relationshipManagerPagesHaveNoSeriousViolations() {
        assertNoSeriousViolationsAs(DemoUsers.RELMAN);
    }

    @Test
    @DisplayName("Issue 12 §7: the pages as the service level manager sees them")
    void serviceLevelManagerPagesHaveNoSeriousViolations() {
        assertNoSeriousViolationsAs(DemoUsers.SLAMAN);
    }

    @Test
    @DisplayName("Issue 12 §7: the pages as the auditor sees them (read views), and the forbidden page")
    void auditorPagesHaveNoSeriousViolations() {
        assertNoSeriousViolationsAs(DemoUsers.AUDITOR);
    }

    private void assertNoSeriousViolationsAs(String user) {
        List<Session> sessions = sessions(user);
        Map<String, List<String>> found = new LinkedHashMap<>();
        checkInParallel(sessions, pagesByRole(), user, found, true);
        assertThat(found).as("critical and serious violations by page").isEmpty();
    }

    /** Every page of the application with records of this test, and the not-found page for a bad id. */
    private Map<String, String> everyPage() {
        Map<String, String> all = new LinkedHashMap<>(pagesByRole());
        all.put("customers list", "customers/list.xhtml");
        all.put("new customer", "customers/edit.xhtml");
        all.put("services list", "services/list.xhtml");
        all.put("new service", "services/edit.xhtml");
        all.put("SLA list", "slas/list.xhtml");
        all.put("new SLA", "slas/edit.xhtml");
        all.put("reports list", "reports/list.xhtml");
        all.put("calendars list", "calendars/list.xhtml");
        all.put("new calendar", "calendars/edit.xhtml");
        all.put("improvements list", "improvements/list.xhtml");
        all.put("new improvement", "improvements/edit.xhtml");
        all.put("schedules list", "schedules/list.xhtml");
        all.put("new schedule", "schedules/edit.xhtml");
        all.put("job runs", "schedules/jobs.xhtml");
        all.put("history search", "history/search.xhtml");
        all.put("notifications", "notifications/list.xhtml");
        all.put("mail errors", "notifications/mail-errors.xhtml");
        all.put("profile", "profile.xhtml");
        all.put("search", "search.xhtml?q=Dinas");
        all.put("staff list", "staff/list.xhtml");
        all.put("suppliers list", "suppliers/list.xhtml");
        all.put("new supplier", "suppliers/edit.xhtml");
        all.put("risks list", "risks/list.xhtml");
        all.put("supplier agreements list", "supplier-agreements/list.xhtml");
        all.put("new supplier agreement", "supplier-agreements/edit.xhtml");
        all.put("not found", "customers/view.xhtml?id=" + NO_SUCH_ID);
        return all;
    }

    /**
     * The pages whose records each role sees differently (editors, read views, disabled fields), and the
     * service-data pages: a role that may not deliver service data gets the forbidden page for them.
     */
    private Map<String, String> pagesByRole() {
        Map<String, String> byRole = new LinkedHashMap<>();
        byRole.put("start page", "index.xhtml");
        byRole.put("customer", "customers/view.xhtml?id=" + customer);
        byRole.put("customer editor", "customers/edit.xhtml?id=" + customer);
        byRole.put("customer dashboard", "dashboard/customer.xhtml?customerId=" + customer);
        byRole.put("service", "services/view.xhtml?id=" + service);
        byRole.put("service editor", "services/edit.xhtml?id=" + service);
        byRole.put("existing SLA", "slas/edit.xhtml?id=" + sla);
        byRole.put("SLA read view", "slas/preview.xhtml?id=" + sla);
        byRole.put("SLA dashboard", "dashboard/sla.xhtml?id=" + sla);
        byRole.put("SLA alignment", "slas/alignment.xhtml?id=" + sla);
        byRole.put("report", "reports/view.xhtml?id=" + report);
        byRole.put("existing calendar", "calendars/edit.xhtml?id=" + calendar);
        byRole.put("improvement", "improvements/view.xhtml?id=" + improvement);
        byRole.put("improvement editor", "improvements/edit.xhtml?id=" + improvement);
        byRole.put("staff member", "staff/edit.xhtml?id=" + staff);
        long supplier = supplier();
        byRole.put("supplier", "suppliers/view.xhtml?id=" + supplier);
        long agreement = supplierAgreement(supplier);
        byRole.put("supplier agreement", "supplier-agreements/view.xhtml?id=" + agreement);
        byRole.put("supplier agreement editor", "supplier-agreements/edit.xhtml?id=" + agreement);
        byRole.put("risk", "risks/view.xhtml?id=" + risk());
        byRole.put("service data", "service-data/list.xhtml");
        byRole.put("outages", "service-data/outages.xhtml");
        byRole.put("KPI values", "service-data/kpi-values.xhtml");
        byRole.put("service data upload", "service-data/upload.xhtml");
        byRole.put("KPI entry", "service-data/kpi.xhtml");
        byRole.put("existing schedule", "schedules/list.xhtml#first");
        return byRole;
    }

    /**
     * Opens each page (for {@code #first}, the list's first record), checks it and each of its tabs, and
     * adds what axe-core finds critical or serious to {@code found} under the page's name and {@code run}.
     */
    private static void check(
            Session session,
            Map<String, String> pagesToCheck,
            String run,
            Map<String, List<String>> found,
            boolean withTabs) {
        Browser browser = session.browser();
        Pages pages = session.pages();
        pagesToCheck.forEach((name, path) -> {
            if (path.endsWith("#first")) {
                browser.open(path.substring(0, path.length() - "#first".length()));
                settled(browser);
                if (!pages.present("errorTitle")) {
                    browser.waiting()
                            .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':editLink']")))
                            .click();
                    browser.waiting().until(driver -> driver.getCurrentUrl().contains("id="));
                }
            } else {
                browser.open(path);
            }
            settled(browser);
            String where = run + ": " + name + " (" + path + ")";
            add(found, where, violations(session));
            List<WebElement> tabs = withTabs ? browser.driver().findElements(By.cssSelector(TABS)) : List.of();
            for (int tab = 1; tab < tabs.size(); tab++) {
                WebElement link =
                        browser.driver().findElements(By.cssSelector(TABS)).get(tab);
                String tabName = link.getText();
                link.click();
                String panel = link.getAttribute("href").replaceFirst(".*#", "");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(panel)));
                settled(browser);
                add(found, where + " tab " + tabName, violations(session));
            }
        });
    }

    /**
     * What axe-core finds critical or serious on the page shown. axe-core checks in a blank window of its own
     * that it opens and closes; on a busy machine the browser may not answer it in time: then that window is
     * closed, the page's window shown again and the check run once more.
     */
    private static List<String> violations(Session session) {
        WebDriver driver = session.browser().driver();
        Pages pages = session.pages();
        String page = driver.getWindowHandle();
        try {
            return pages.accessibilityViolations();
        } catch (RuntimeException busy) {
            for (String window : driver.getWindowHandles()) {
                if (!window.equals(page)) {
                    driver.switchTo().window(window).close();
                }
            }
            driver.switchTo().window(page);
            return pages.accessibilityViolations();
        }
    }

    private static void add(Map<String, List<String>> found, String where, List<String> violations) {
        if (!violations.isEmpty()) {
            found.computeIfAbsent(where, w -> new ArrayList<>()).addAll(violations);
        }
    }

    @Test
    @DisplayName("Issue 12 §7: every field of a row of the SLA editor's targets, limits and exceptions has a label")
    void slaEditorRowsHaveNoSeriousViolations() {
        signIn(DemoUsers.ADMIN);
        String sla = "slaForm:";
        browser.open("slas/edit.xhtml");
        pages.type(sla + "reference", Unique.code("SLA"));
        pages.type(sla + "title", "Labelled rows");
        pages.choose(sla + "customerId", customerCode);
        Map<String, List<String>> found = new LinkedHashMap<>();

        pages.click(sla + "tabs:addTargetButton");
        browser.find(sla + "tabs:targetTable:0:targetName");
        settled(browser);
        found.put("targets", pages.accessibilityViolations());

        tab("limitsTab");
        pages.click(sla + "tabs:addLimitButton");
        browser.find(sla + "tabs:limitTable:0:limitName");
        settled(browser);
        found.put("limits", pages.accessibilityViolations());

        tab("exceptionsTab");
        pages.click(sla + "tabs:addWindowButton");
        browser.find(sla + "tabs:windowTable:0:windowName");
        settled(browser);
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
    private static void settled(Browser browser) {
        browser.waiting()
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return document.readyState === 'complete'"
                                + " && (!window.jQuery || window.jQuery.active === 0)")));
    }

    /** A draft contract of the supplier's with a line in each of its tables and commercial terms. */
    private static long supplierAgreement(long supplier) {
        return Api.as(DemoUsers.ADMIN)
                .post(
                        "api/v1/supplier-agreements",
                        "{\"reference\":\"" + Unique.code("UC-A11Y")
                                + "\",\"title\":\"Accessible hosting\",\"supplierId\":"
                                + supplier + ",\"timeZone\":\"Asia/Jakarta\",\"components\":[\"Database hosting\"],"
                                + "\"processes\":[\"INCIDENT_MANAGEMENT\"],"
                                + "\"requirements\":[{\"text\":\"Restore within the SLA's hours\"}],"
                                + "\"obligations\":[{\"kind\":\"OBLIGATION\",\"text\":\"Monthly report\",\"frequency\":\"monthly\"}],"
                                + "\"raci\":[{\"activity\":\"Restore service\",\"provider\":\"A\",\"supplier\":\"R\"}],"
                                + "\"commercialTerms\":{\"value\":1000,\"currency\":\"IDR\",\"startsOn\":\"2026-01-01\","
                                + "\"initialTerm\":\"P1Y\",\"renewal\":\"TACIT\",\"renewalPeriod\":\"P1Y\",\"noticePeriod\":\"P3M\"}}")
                .json()
                .getJsonNumber("id")
                .longValue();
    }

    /** A supplier of its own with a contact and an interface, so its page shows every table filled. */
    /** A risk as the alignment check raises it, with the treatment and closure forms its editors see. */
    private static long risk() {
        return RiskFixtures.raise(
                Unique.code("a11y") + "/target:P1", "Accessible risk", "supplier 8 h + 1 h > 4 h", null, null);
    }

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
