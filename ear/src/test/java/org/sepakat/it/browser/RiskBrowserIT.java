package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.NoAlertPresentException;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ReportFixtures;
import org.sepakat.it.support.RiskFixtures;
import org.sepakat.it.support.Unique;

/** The risk register in the web UI (issue 13 §3, SUP-7, X-4): risks raised as the alignment check raises them. */
@ExtendWith(ArquillianExtension.class)
class RiskBrowserIT {

    private Browser browser;
    private Pages pages;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ReportFixtures.ear();
    }

    @BeforeEach
    void logIn() {
        browser = new Browser(Pages.BASE_URL);
        pages = new Pages(browser);
        browser.login(DemoUsers.SLAMAN, DemoUsers.PASSWORD);
        pages.english();
        pages.serverZone();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static String number(long id) {
        return "RSK-%06d".formatted(id);
    }

    @Test
    @DisplayName("SUP-7: a raised risk is in the list; the service level manager's acceptance without a reason is"
            + " refused on the field; treated, then closed, it offers no more forms; its SLA is one click away")
    void slamanTreatsAndClosesARisk() {
        JsonObject sla = Api.as(DemoUsers.SLAMAN)
                .get("api/v1/slas?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        String title = Unique.code("Response P1 not underpinned");
        long id = RiskFixtures.raise(
                Unique.code("sla") + "/target:P1",
                title,
                "supplier 8 business hours + 1 h internal > 4 h",
                null,
                sla.getJsonNumber("id").longValue(),
                sla.getString("reference"));

        browser.open("risks/list.xhtml");
        pages.type("list:textFilter", title);
        pages.waitForText("list:table", number(id));
        assertThat(pages.text("list:table"))
                .contains(title, sla.getString("reference"), "Medium", "Not treated yet", "Open");
        // the only row: the filter is the risk's unique title; a late AJAX refresh of the table is waited out
        pages.click("list:table:0:viewLink");
        pages.waitForText("riskNumber", number(id));
        assertThat(pages.text("riskFinding")).isEqualTo("supplier 8 business hours + 1 h internal > 4 h");
        assertThat(browser.find("slaLink").getAttribute("href"))
                .contains("slas/edit.xhtml")
                .contains("id=" + sla.getJsonNumber("id").longValue());
        assertThat(pages.text("agreementReference")).isEqualTo("UC-HOST-2026");
        assertThat(pages.present("closeForm"))
                .as("an untreated, still misaligned risk cannot be closed")
                .isFalse();

        pages.choose("treatForm:likelihood", "High");
        pages.choose("treatForm:treatment", "Accept");
        pages.click("treatForm:treatButton");
        pages.waitForText("treatForm", "give the reason for accepting it");
        assertThat(pages.text("riskStatus")).isEqualTo("Open");

        pages.type("treatForm:acceptanceReason", "Night hours carry no P1 traffic");
        pages.click("treatForm:treatButton");
        pages.waitForText("riskStatus", "Treated");
        assertThat(pages.text("riskTreatment")).isEqualTo("Accept");
        assertThat(pages.text("riskLikelihood")).isEqualTo("High");
        assertThat(pages.text("riskAcceptanceReason")).isEqualTo("Night hours carry no P1 traffic");

        pages.click("closeForm:closeButton");
        pages.waitForText("closeForm", "Give the evidence for closing the risk.");
        pages.type("closeForm:evidence", "Reviewed with the customer on 5 Dec");
        pages.click("closeForm:closeButton");
        pages.waitForText("riskStatus", "Closed");
        assertThat(pages.text("riskEvidence")).isEqualTo("Reviewed with the customer on 5 Dec");
        assertThat(pages.present("treatForm")).isFalse();
        assertThat(pages.present("closeForm")).isFalse();

        pages.tab("historyTab");
        assertThat(pages.text("tabs:historyTable"))
                .contains("Treatment", "Accept", "Closed")
                .doesNotContain("ACCEPT", "CLOSED");
    }

    @Test
    @DisplayName("SUP-7: a risk a later check found aligned says since when, with the evidence, offered for closing;"
            + " its history names the alignment check and shows the moment in the user's zone, not as ISO UTC")
    void alignedRiskOffersItsEvidence() {
        String key = Unique.code("sla") + "/target:P1";
        long id = RiskFixtures.raise(key, Unique.code("Aligned later"), "8 h > 4 h", null, null);
        RiskFixtures.aligned(key, "Supplier now 2 h on 24x7");
        browser.open("risks/view.xhtml?id=" + id);
        pages.waitForText("alignedBanner", "Aligned since");
        assertThat(pages.text("alignedEvidence")).isEqualTo("Supplier now 2 h on 24x7");
        String since = pages.text("alignedSince");
        assertThat(ShownMoment.parseEnglish(since)).isBeforeOrEqualTo(Instant.now());
        assertThat(browser.find("closeForm:evidence").getAttribute("value")).isEqualTo("Supplier now 2 h on 24x7");
        pages.click("closeForm:closeButton");
        pages.waitForText("riskStatus", "Closed");
        pages.tab("historyTab");
        assertThat(pages.text("tabs:historyTable"))
                .as("the check that found it aligned is named, not the identity it runs under")
                .contains("Alignment check", "Aligned since", since)
                .doesNotContain("alignment-check")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
    }

    @Test
    @DisplayName("X-4: the auditor reads a risk without any edit control")
    void auditorSeesNoEditControl() {
        String title = Unique.code("Audited risk");
        long id = RiskFixtures.raise(Unique.code("sla") + "/target:P1", title, "8 h > 4 h", null, null);
        try (Browser auditor = new Browser(Pages.BASE_URL)) {
            Pages auditorPages = new Pages(auditor);
            auditor.login(DemoUsers.AUDITOR, DemoUsers.PASSWORD);
            auditorPages.english();
            auditor.open("risks/view.xhtml?id=" + id);
            auditorPages.waitForText("riskTitle", title);
            assertThat(auditorPages.text("riskStatus")).isEqualTo("Open");
            for (String control :
                    new String[] {"treatForm", "treatForm:treatButton", "closeForm", "closeForm:closeButton"}) {
                assertThat(auditorPages.present(control)).as(control).isFalse();
            }
        }
    }

    @Test
    @DisplayName("A risk titled like HTML stays text on the list, its page and the search")
    void markupInATitleIsShownAsText() {
        String title = "<img src=x onerror=alert(1)>";
        long id = RiskFixtures.raise(Unique.code("sla") + "/target:P1", title, "<b>8 h</b> > 4 h", null, null);
        browser.open("risks/view.xhtml?id=" + id);
        pages.waitForText("riskNumber", number(id));
        assertThat(pages.text("riskTitle")).isEqualTo(title);
        assertThat(pages.text("riskFinding")).isEqualTo("<b>8 h</b> > 4 h");
        assertNoAlert();

        browser.open("risks/list.xhtml");
        pages.type("list:textFilter", number(id));
        pages.waitForText("list:table", number(id));
        assertThat(pages.text("list:table")).contains(title);
        assertNoAlert();

        browser.open("search.xhtml?q=" + number(id));
        pages.waitForText("found-risks", number(id));
        assertThat(pages.text("found-risks")).contains(title);
        assertNoAlert();
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
