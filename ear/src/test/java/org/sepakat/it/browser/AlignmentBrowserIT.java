package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * SUP-7: the demo SLA's alignment view, as a newcomer meets it: the deliberate misalignment in red with
 * its reason and the risk it opened; the service level manager has the map editor, the auditor does not.
 */
class AlignmentBrowserIT extends SignedInBrowser {

    @Override
    protected String user() {
        return DemoUsers.SLAMAN;
    }

    private static long demoSla() {
        String reference = "SLA-FIN-" + LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        return Api.as(DemoUsers.ADMIN).firstId("api/v1/slas?reference=" + reference);
    }

    private void assertMisalignmentShown() {
        assertThat(pages.text("matrix")).contains("Office-hours availability", "Misaligned");
        assertThat(pages.text("details"))
                .contains(
                        "Office-hours availability: the 2 supplier availability target(s) together give only"
                                + " 97.951 %, below the customer's 99.5 %.",
                        "Misaligned")
                .doesNotContain("MISALIGNED", "AVAILABILITY");
        List<WebElement> red = browser.driver().findElements(By.cssSelector("#details td.sp-verdict-MISALIGNED"));
        assertThat(red).isNotEmpty();
        assertThat(red.get(0).getText()).isEqualTo("Misaligned");
        List<WebElement> risks = browser.driver().findElements(By.cssSelector("#details a[href*='risks/view']"));
        assertThat(risks).isNotEmpty();
    }

    @Test
    @DisplayName("SUP-7: as slaman the demo SLA's alignment view shows the misalignment in red with its reason and"
            + " the link to the risk it opened, and the map editor; the risk names the SLA target")
    void serviceLevelManagerSeesTheMisalignmentAndItsRisk() {
        long sla = demoSla();
        browser.open("slas/preview.xhtml?id=" + sla);
        pages.click("docActions:alignmentButton");
        browser.waiting().until(ExpectedConditions.urlContains("slas/alignment"));
        assertMisalignmentShown();
        assertThat(pages.present("mapForm")).isTrue();

        browser.driver()
                .findElements(By.cssSelector("#details a[href*='risks/view']"))
                .get(0)
                .click();
        browser.waiting().until(ExpectedConditions.urlContains("risks/view"));
        assertThat(pages.text("slaTarget")).contains("availability");
    }

    @Test
    @DisplayName("SUP-7: the auditor sees the same alignment view without any edit control")
    void auditorReadsWithoutEditing() {
        browser.close();
        browser = new Browser(Pages.BASE_URL);
        pages = new Pages(browser);
        browser.login(DemoUsers.AUDITOR, DemoUsers.PASSWORD);
        pages.english();
        pages.serverZone();

        browser.open("slas/alignment.xhtml?id=" + demoSla());
        assertMisalignmentShown();
        assertThat(pages.present("mapForm")).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("button, input[type=submit]")).stream()
                        .map(WebElement::getText)
                        .toList())
                .doesNotContain("Save the map", "Add a supplier target", "Remove");
    }

    @Test
    @DisplayName("SUP-7: slaman underpins a new SLA's target in the map editor: a line without a supplier target is"
            + " refused beside it; with the network OLA chosen the 98 % shows as misaligned with its risk, and the"
            + " map's change is in the history, in words")
    void serviceLevelManagerEditsTheMap() {
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        long sla = slas.draft(slas.forFinanceEmail(Unique.code("SLA-AB"))
                        .targets("[{\"name\":\"Mail up\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                                + "\"threshold\":99.9,\"period\":\"MONTH\"}]"))
                .json()
                .getJsonNumber("id")
                .longValue();
        browser.open("slas/alignment.xhtml?id=" + sla);
        assertThat(pages.text("matrix")).contains("Mail up", "No supplier target recorded", "Aligned");

        pages.click("mapForm:addEntry");
        pages.waitForText("mapForm:entriesTable", "Choose a supplier target");
        pages.click("mapForm:saveMap");
        pages.waitForText("mapForm:entriesTable", "Choose a supplier target.");

        pages.choose(
                "mapForm:entriesTable:0:supplierTarget",
                "OLA-NET-" + LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear());
        browser.driver()
                .findElement(By.cssSelector("[id='mapForm:targetTable:0:needsUnderpinning'] .ui-chkbox-box"))
                .click();
        pages.click("mapForm:saveMap");
        pages.waitForText("messages", "is saved and checked");
        assertThat(pages.text("matrix")).contains("Misaligned").doesNotContain("No supplier target recorded");
        assertThat(pages.text("details"))
                .contains("Mail up: the 1 supplier availability target(s) together give only 98 %, below the"
                        + " customer's 99.9 %.");
        assertThat(browser.driver().findElements(By.cssSelector("#details a[href*='risks/view']")))
                .isNotEmpty();
        pages.tab("historyTab");
        assertThat(pages.text("tabs:historyTable"))
                .as("each entry names the SLA target, the agreement by reference and the values by label")
                .contains(
                        "Underpinned by: Mail up",
                        "OLA-NET-" + LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() + " / Network availability",
                        "Underpinning: Mail up",
                        "Needs underpinning",
                        "Internal handling (minutes): Mail up")
                .doesNotContain("UNDERPINNING_NEEDED", "underpinning 1", "target Mail up", " <- ");
    }

    @Test
    @DisplayName("SUP-7: a too weak OLA target shows red; once the supplier manager revises the OLA to 99.95 % and it"
            + " is agreed, the same line is green")
    void fixingTheSupplierTargetTurnsTheLineGreen() {
        SupplierAgreementsApi agreements = SupplierAgreementsApi.as(DemoUsers.SUPMAN);
        long net = agreements.firstId("api/v1/suppliers?code=NET");
        long contact = agreements.firstId("api/v1/suppliers/" + net + "/contacts");
        JsonObject ola =
                agreements.agree(agreements.ola(net, Unique.code("OLA-FX"), "Relay availability", "98"), contact);
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        long sla = slas.draft(slas.forFinanceEmail(Unique.code("SLA-FX"))
                        .targets("[{\"name\":\"Mail up\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                                + "\"threshold\":99.9,\"period\":\"MONTH\"}]"))
                .json()
                .getJsonNumber("id")
                .longValue();
        Reply mapped = Api.as(DemoUsers.SLAMAN)
                .put(
                        "api/v1/slas/" + sla + "/underpinning",
                        "{\"targets\":[{\"slaTarget\":\"Mail up\",\"needsUnderpinning\":true,"
                                + "\"internalHandlingMinutes\":0}],\"entries\":[{\"slaTarget\":\"Mail up\","
                                + "\"agreementId\":" + SupplierAgreementsApi.idOf(ola)
                                + ",\"supplierTarget\":\"Relay availability\"}],\"version\":0}");
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);

        browser.open("slas/alignment.xhtml?id=" + sla);
        assertThat(pages.text("matrix")).contains("Mail up", "Misaligned");
        assertThat(browser.driver().findElements(By.cssSelector("#details td.sp-verdict-MISALIGNED")))
                .isNotEmpty();

        JsonObject revision = agreements.step(ola, "revise");
        JsonObjectBuilder fixed = Json.createObjectBuilder(revision)
                .add(
                        "targets",
                        Json.createArrayBuilder()
                                .add(SupplierAgreementsApi.availability("Relay availability", "99.95", null)));
        agreements.agree(agreements.saved(fixed.build()), contact);

        browser.open("slas/alignment.xhtml?id=" + sla);
        assertThat(pages.text("matrix")).contains("Mail up", "Aligned").doesNotContain("Misaligned");
        assertThat(browser.driver().findElements(By.cssSelector("#details td.sp-verdict-MISALIGNED")))
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#details td.sp-verdict-ALIGNED")))
                .isNotEmpty();
    }
}
