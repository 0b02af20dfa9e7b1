package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.SupplierAgreementsApi;
import org.sepakat.it.support.Unique;

/**
 * A supplier manager authors, agrees, revises and compares a supplier contract through the web UI;
 * the auditor reads it without any edit control (issue 13 §2, §4, §5: SUP-2..6, SUP-10, X-4, X-5).
 */
class SupplierAgreementBrowserIT extends SignedInBrowser {

    private static final String FORM = "agreementForm:";
    private static final String TABS = FORM + "tabs:";
    private static final String CONTACT = "Budi Santoso";
    private static final String SIGNATORY = "Surya Supplier";
    private static final String MAIL_UP = "[{\"name\":\"Mail up\",\"metric\":\"AVAILABILITY\","
            + "\"comparison\":\"AT_LEAST\",\"threshold\":99.9,\"period\":\"MONTH\"}]";

    @Override
    protected String user() {
        return DemoUsers.SUPMAN;
    }

    @Test
    @DisplayName("SUP-2..6, SUP-10: a contract is written with scope, requirements, a target, an obligation and RACI"
            + " (two A's refused on the row), its notice deadline computed, agreed (activation offered, answered"
            + " later: it stays agreed), activated, revised, agreed again and activated at once from the offer,"
            + " compared; its PDF downloads in both languages")
    void contractIsWrittenAgreedRevisedAndCompared() {
        String supplierCode = Unique.code("UCS");
        supplier(supplierCode, "PT Hosting " + supplierCode);
        String reference = Unique.code("UC");
        LocalDate starts = LocalDate.now().plusYears(1).withDayOfYear(1);

        browser.open("supplier-agreements/list.xhtml");
        pages.click("list:newButton");
        pages.type(FORM + "tabs:reference", reference);
        pages.type(FORM + "tabs:title", "ERP hosting " + reference);
        pages.choose(FORM + "tabs:supplierId", supplierCode);
        pages.waitForText("agreementKind", "Underpinning contract");
        settled();

        tab("scopeTab");
        tick(TABS + "serviceIds", "ERP");
        tick(TABS + "processes", "8.6.1 Incident management");
        pages.click(TABS + "addComponentButton");
        settled();
        pages.type(TABS + "componentTable:0:name", "ERP database hosting");

        tab("requirementsTab");
        pages.click(TABS + "addRequirementButton");
        settled();
        pages.type(TABS + "requirementTable:0:text", "Restore the database within four hours.");

        tab("targetsTab");
        pages.click(TABS + "addTargetButton");
        settled();
        pages.type(TABS + "targetTable:0:targetName", "Hosting availability");
        pages.type(TABS + "targetTable:0:threshold", "99.5");

        tab("obligationsTab");
        pages.click(TABS + "addObligationButton");
        settled();
        pages.type(TABS + "obligationTable:0:text", "Monthly service report");
        pages.type(TABS + "obligationTable:0:frequency", "Monthly");
        pages.type(TABS + "obligationTable:0:evidence", "Signed report");

        tab("raciTab");
        pages.click(TABS + "addRaciButton");
        settled();
        pages.type(TABS + "raciTable:0:activity", "Restore service");
        pages.type(TABS + "raciTable:0:provider", "A");
        pages.type(TABS + "raciTable:0:supplier", "AR");

        tab("termsTab");
        pages.type(TABS + "value_input", "120000000");
        pages.retype(TABS + "currency", "IDR");
        pages.typeDate(TABS + "startsOn", starts.toString());
        pages.type(TABS + "initialTerm_input", "1");
        pages.choose(TABS + "renewal", "Renews tacitly");
        pages.type(TABS + "renewalPeriod_input", "1");
        pages.type(TABS + "noticePeriod_input", "3");

        pages.click(FORM + "saveButton");
        holds(TABS + "raciTable", "exactly one party must be accountable (A); both are");
        tab("raciTab");
        pages.waitForText(TABS + "raciTable", "exactly one party must be accountable (A); both are");
        assertThat(browser.driver().getCurrentUrl()).as("nothing was stored").doesNotContain("id=");

        pages.retype(TABS + "raciTable:0:supplier", "R");
        pages.click(FORM + "saveButton");
        browser.waiting().until(ExpectedConditions.urlContains("id="));
        pages.waitForText("agreementStatus", "Draft");
        tab("termsTab");
        LocalDate deadline = starts.plusMonths(9).minusDays(1);
        assertThat(pages.text(TABS + "noticeDeadline"))
                .as("SUP-10: three months before the end of the first year, on the agreement's own calendar")
                .isEqualTo("Give notice by " + date(deadline) + " to end the contract on "
                        + date(starts.plusYears(1).minusDays(1)));

        pages.click(FORM + "documentButton");
        pages.waitForText("docStatus", "Draft");
        agree();
        pages.waitForText("docStatus", "Agreed");
        assertThat(pages.text("messages")).contains("agreed as version 1");
        pages.waitForText("agreeForm:activateDialog", "Activate it now");
        pages.click("agreeForm:activateLaterButton");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("agreeForm:activateDialog")));
        assertThat(pages.text("docStatus")).as("later: it stays agreed").isEqualTo("Agreed");
        pages.click("docActions:activateButton");
        pages.waitForText("docStatus", "Active");
        assertThat(pages.text("versions:versionTable"))
                .contains(SIGNATORY, CONTACT)
                .doesNotContain("supman");
        assertThat(pages.text("providerSignatory")).isEqualTo(SIGNATORY);

        pages.click("docActions:reviseButton");
        pages.waitForText("docStatus", "Under review");
        pages.click("docActions:editButton");
        browser.waiting().until(ExpectedConditions.urlContains("supplier-agreements/edit"));
        tab("targetsTab");
        pages.retype(TABS + "targetTable:0:threshold", "99.9");
        pages.click(FORM + "saveButton");
        pages.waitForText("messages", "Agreement " + reference + " saved.");
        pages.click(FORM + "documentButton");
        agree();
        pages.waitForText("messages", "agreed as version 2");
        assertThat(pages.text("docStatus")).isEqualTo("Agreed");
        pages.click("agreeForm:activateNowButton");
        pages.waitForText("docStatus", "Active");
        assertThat(pages.text("messages")).contains("Agreement " + reference + " is active.");

        pages.click("versions:compareButton");
        pages.waitForText("versions:changeTable", "99.9");
        assertThat(pages.text("versions:changeTable")).contains("Changed", "99.5");

        String pdf = browser.pdfText("docActions:pdfButton");
        assertThat(pdf)
                .contains(
                        reference,
                        "Underpinning contract",
                        "Hosting availability",
                        "Restore service",
                        "Monthly service report",
                        "8.6.1 Incident management",
                        SIGNATORY,
                        CONTACT,
                        "Version 2",
                        "Page 1 of")
                .doesNotContain("supman", "UNDERPINNING_CONTRACT");
        assertThat(browser.pdfText("docActions:pdfIdButton"))
                .as("X-5: the document in Bahasa Indonesia")
                .contains(reference, "Kontrak pendukung", "Ketentuan komersial", "Halaman 1 dari");
        assertThat(browser.contentSecurityViolations()).isEmpty();
    }

    @Test
    @DisplayName("X-4: the auditor reads a supplier agreement without any edit control and is sent from the editor"
            + " to the document")
    void auditorSeesNoEditControl() {
        String supplierCode = Unique.code("UCA");
        long supplier = supplier(supplierCode, "Audited hosting");
        long id = draft(supplier, "Audited contract");
        try (Browser auditor = new Browser(Pages.BASE_URL)) {
            Pages auditorPages = new Pages(auditor);
            auditor.login(DemoUsers.AUDITOR, DemoUsers.PASSWORD);
            auditorPages.english();
            auditor.open("supplier-agreements/view.xhtml?id=" + id);
            auditorPages.waitForText("docTitle", "Audited contract");
            for (String control : new String[] {
                "docActions:editButton",
                "docActions:agreeButton",
                "docActions:activateButton",
                "docActions:reviseButton",
                "docActions:terminateButton",
                "docActions:noticeButton",
                "docActions:renewalButton",
                "docActions:deleteButton"
            }) {
                assertThat(auditorPages.present(control)).as(control).isFalse();
            }
            assertThat(auditor.download("docActions:pdfButton", "application/pdf"))
                    .isNotEmpty();
            auditor.open("supplier-agreements/edit.xhtml?id=" + id);
            auditor.waiting().until(ExpectedConditions.urlContains("supplier-agreements/view"));
            auditorPages.waitForText("docTitle", "Audited contract");
            auditor.open("supplier-agreements/list.xhtml");
            auditorPages.waitForText("list:table", "Reference");
            assertThat(auditorPages.present("list:newButton")).isFalse();
            auditor.open("suppliers/view.xhtml?id=" + supplier);
            auditorPages.tab("agreementsTab");
            auditorPages.waitForText("tabs:agreementsForm:agreementTable", "Audited contract");
            assertThat(auditorPages.present("tabs:agreementsForm:newAgreementButton"))
                    .isFalse();
        }
    }

    @Test
    @DisplayName("A supplier agreement titled like HTML stays text on its document, the list and the search")
    void markupInATitleIsShownAsText() {
        String title = "<img src=x onerror=alert(1)>";
        long supplier = supplier(Unique.code("UCX"), "Markup hosting");
        long id = draft(supplier, title);
        String reference = Api.as(DemoUsers.SUPMAN)
                .get("api/v1/supplier-agreements/" + id)
                .json()
                .getString("reference");

        browser.open("supplier-agreements/view.xhtml?id=" + id);
        pages.waitForText("docReference", reference);
        assertThat(pages.text("docTitle")).isEqualTo(title);
        assertNoAlert();

        browser.open("supplier-agreements/list.xhtml");
        pages.type("list:textFilter", reference);
        pages.waitForText("list:table", reference);
        assertThat(pages.text("list:table")).contains(title);
        assertNoAlert();

        browser.open("search.xhtml?q=" + reference);
        pages.waitForText("found-supplierAgreements", reference);
        assertThat(pages.text("found-supplierAgreements")).contains(title);
        assertNoAlert();
    }

    @Test
    @DisplayName("SUP-7: the demo network OLA's document names the demo SLA it underpins; one click on it opens the"
            + " SLA's document")
    void oneClickFromTheAgreementToTheSlaItUnderpins() {
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        long ola = SupplierAgreementsApi.as(DemoUsers.SUPMAN)
                .firstId(SupplierAgreementsApi.AGREEMENTS + "?reference=OLA-NET-" + year);
        browser.open("supplier-agreements/view.xhtml?id=" + ola);
        pages.waitForText("docReference", "OLA-NET-" + year);
        String sla = "SLA-FIN-" + year;
        assertThat(pages.text("underpinnedSlas")).contains(sla);

        slaLink(sla).click();
        browser.waiting().until(ExpectedConditions.urlContains("slas/preview"));
        pages.waitForText("docReference", sla);
    }

    @Test
    @DisplayName("SUP-7, X-4: an OLA underpinning an SLA of FIN and one of HR links both for the supplier manager; the"
            + " relationship manager of FIN sees only the link to FIN's SLA")
    void theLinksToUnderpinnedSlasFollowTheCustomerScope() {
        SupplierAgreementsApi agreements = SupplierAgreementsApi.as(DemoUsers.SUPMAN);
        long net = agreements.firstId("api/v1/suppliers?code=NET");
        long ola =
                SupplierAgreementsApi.idOf(agreements.ola(net, Unique.code("OLA-UP"), "Relay availability", "99.99"));
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        String hisReference = Unique.code("SLA-UPF");
        String otherReference = Unique.code("SLA-UPH");
        long his = slas.draft(slas.forFinanceEmail(hisReference)
                        .title("Mail of Finance")
                        .targets(MAIL_UP))
                .json()
                .getJsonNumber("id")
                .longValue();
        long other = slas.draft(new Slas.Document(otherReference)
                        .title("Mail of HR")
                        .customer(slas.firstId("api/v1/customers?code=HR"))
                        .targets(MAIL_UP))
                .json()
                .getJsonNumber("id")
                .longValue();
        underpin(his, ola);
        underpin(other, ola);

        browser.open("supplier-agreements/view.xhtml?id=" + ola);
        pages.waitForText("underpinnedSlas", otherReference);
        assertThat(pages.text("underpinnedSlas")).contains(hisReference + " – Mail of Finance", "Mail of HR");

        try (Browser relman = new Browser(Pages.BASE_URL)) {
            Pages relmanPages = new Pages(relman);
            relman.login(DemoUsers.RELMAN, DemoUsers.PASSWORD);
            relmanPages.english();
            relman.open("supplier-agreements/view.xhtml?id=" + ola);
            relmanPages.waitForText("underpinnedSlas", hisReference);
            assertThat(relmanPages.text("underpinnedSlas")).doesNotContain(otherReference, "Mail of HR");
            assertThat(relman.driver().findElements(By.cssSelector("#underpinnedSlas a[href*='id=" + other + "']")))
                    .isEmpty();
            relman.driver()
                    .findElement(By.cssSelector("#underpinnedSlas a[href*='id=" + his + "']"))
                    .click();
            relman.waiting().until(ExpectedConditions.urlContains("slas/preview"));
            relmanPages.waitForText("docReference", hisReference);
        }
    }

    /** The SLA's one target "Mail up" underpinned by the agreement's "Relay availability". */
    private static void underpin(long sla, long agreement) {
        Reply mapped = Api.as(DemoUsers.SLAMAN)
                .put(
                        "api/v1/slas/" + sla + "/underpinning",
                        "{\"targets\":[{\"slaTarget\":\"Mail up\",\"needsUnderpinning\":true,"
                                + "\"internalHandlingMinutes\":0}],\"entries\":[{\"slaTarget\":\"Mail up\","
                                + "\"agreementId\":" + agreement + ",\"supplierTarget\":\"Relay availability\"}],"
                                + "\"version\":0}");
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);
    }

    private WebElement slaLink(String reference) {
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#underpinnedSlas a"));
        return links.stream()
                .filter(a -> a.getText().startsWith(reference))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no link to " + reference + " in " + pages.text("underpinnedSlas")));
    }

    /** An external supplier with one contact, who signs for it. */
    private static long supplier(String code, String name) {
        Api api = Api.as(DemoUsers.SUPMAN);
        long id = api.post(
                        "api/v1/suppliers",
                        "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"EXTERNAL_SUPPLIER\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        api.post("api/v1/suppliers/" + id + "/contacts", "{\"name\":\"" + CONTACT + "\"}");
        return id;
    }

    private static long draft(long supplier, String title) {
        return Api.as(DemoUsers.SUPMAN)
                .post(
                        "api/v1/supplier-agreements",
                        "{\"reference\":\"" + Unique.code("UCD") + "\",\"title\":\"" + title.replace("\"", "\\\"")
                                + "\",\"supplierId\":" + supplier + ",\"timeZone\":\"Asia/Jakarta\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
    }

    /** SUP-2: signs the document for both sides; the dialog closes only when it went through. */
    private void agree() {
        pages.click("docActions:agreeButton");
        pages.choose("agreeForm:providerStaffId", SIGNATORY);
        pages.choose("agreeForm:supplierContactId", CONTACT);
        pages.click("agreeForm:confirmAgreeButton");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("agreeForm:agreeDialog")));
    }

    /**
     * Waits for {@code text} in the element, shown or on a tab not open (an answer re-renders the form on
     * the tab it was sent from); when it does not come, says what the form holds instead.
     */
    private void holds(String id, String text) {
        try {
            browser.waiting()
                    .until(driver -> String.valueOf(browser.find(id).getAttribute("textContent"))
                            .contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "no '" + text + "' in " + id + "; the form: "
                            + browser.find("agreementForm").getAttribute("textContent"),
                    e);
        }
    }

    /** Waits until no ajax request is under way: the form the last one re-renders is then the one typed into. */
    private void settled() {
        browser.waiting()
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return document.readyState === 'complete'"
                                + " && (!window.jQuery || window.jQuery.active === 0)")));
    }

    private static String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH)
                .format(day);
    }

    private void tab(String tabId) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#" + TABS + tabId + "']")))
                .click();
        try {
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(TABS + tabId)));
        } catch (TimeoutException e) {
            throw new AssertionError("tab " + tabId + " not shown; the page: " + browser.pageText(), e);
        }
    }

    /** Ticks the box of a p:selectManyCheckbox whose label starts with {@code label}. */
    private void tick(String id, String label) {
        WebElement item = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[id='" + id + "'] label")).stream()
                        .filter(l -> l.getText().startsWith(label))
                        .findFirst()
                        .orElse(null));
        item.click();
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
