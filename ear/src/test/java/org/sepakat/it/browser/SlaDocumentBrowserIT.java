package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;

/**
 * Issue 12 §5, SLM-9: an author who opens a signed SLA reads what was agreed as a document, with
 * the steps he may take from it, never a greyed-out editor.
 */
class SlaDocumentBrowserIT extends SignedInBrowser {

    @Override
    protected String user() {
        return DemoUsers.SLAMAN;
    }

    @Test
    @DisplayName(
            "SLM-9: a service level manager opening an agreed SLA reads its document; starting a revision opens the editor")
    void anAgreedSlaOpensAsItsDocumentForItsAuthor() {
        String reference = Unique.code("DOC");
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        Reply drafted = slas.draft(slas.forFinanceEmail(reference)
                .targets("[{\"name\":\"Mail availability\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":99.5,\"period\":\"MONTH\"}]")
                .limits("[{\"name\":\"Tickets per month\",\"metric\":\"TICKETS\",\"maximum\":500,\"period\":\"MONTH\","
                        + "\"overLimit\":\"REPORT_ONLY\"}]")
                .noExceptions());
        long id = drafted.json().getJsonNumber("id").longValue();
        Reply agreed = slas.agree(id, drafted.json().getInt("version"));
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);

        browser.open("slas/list.xhtml?reference=" + reference);
        pages.click("list:table:0:editLink");
        browser.waiting().until(ExpectedConditions.urlContains("slas/preview"));
        pages.waitForText("docReference", reference);
        assertThat(pages.text("docStatus")).isEqualTo("Agreed");
        assertThat(pages.text("document")).contains("Mail availability", "Tickets per month");
        assertThat(
                        browser.driver()
                                .findElements(
                                        By.cssSelector(
                                                "#main input:not([type=hidden]), #main textarea, #main select, #main .ui-state-disabled")))
                .as("no form widget, enabled or greyed out")
                .isEmpty();
        assertThat(pages.present("docActions:editButton")).isFalse();
        assertThat(pages.present("docActions:activateButton")).isTrue();
        assertThat(pages.present("docActions:retireButton")).isTrue();

        browser.open("slas/edit.xhtml?id=" + id);
        browser.waiting().until(ExpectedConditions.urlContains("slas/preview"));
        pages.waitForText("docReference", reference);

        pages.click("docActions:reviseButton");
        browser.waiting().until(ExpectedConditions.urlContains("slas/edit"));
        pages.waitForText("slaStatus", "Under review");
        assertThat(pages.text("messages")).contains("A revision of SLA " + reference + " is open");
        assertThat(browser.find("slaForm:title").isEnabled()).isTrue();
    }
}
