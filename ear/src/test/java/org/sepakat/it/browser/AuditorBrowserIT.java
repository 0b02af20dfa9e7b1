package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.DemoUsers;

/** the auditor reads everything and is offered no way to change anything. */
class AuditorBrowserIT extends SignedInBrowser {

    @Override
    protected String user() {
        return DemoUsers.AUDITOR;
    }

    @Test
    @DisplayName("X-4: the auditor sees customers without any edit control")
    void auditorSeesNoEditControls() {
        browser.open("customers/list.xhtml");
        pages.waitForText("list:table", "Code");
        assertThat(pages.present("list:newButton")).isFalse();

        pages.type("list:codeFilter", "FIN");
        pages.waitForTextGone("list:table", "ACME");
        pages.waitForText("list:table", "Finance Division");
        pages.click("list:table:0:viewLink");
        pages.waitForText("customerCode", "FIN");
        for (String control : new String[] {
            "actions:activateButton",
            "actions:deactivateButton",
            "actions:editButton",
            "actions:deleteButton",
            "tabs:managerForm:appointButton",
            "tabs:serviceForm:subscribeButton",
            "tabs:contactForm:addContactButton",
            "tabs:contactForm:contactName"
        }) {
            assertThat(pages.present(control)).as(control).isFalse();
        }
        assertThat(pages.text("tabs:contactForm:contactTable")).contains("Siti Rahmawati");
    }

    @Test
    @DisplayName("X-4: the auditor is refused the customer form even by its address")
    void auditorIsRefusedTheCustomerForm() {
        browser.open("customers/edit.xhtml");
        pages.waitForText("errorTitle", "Not allowed");
    }

    @Test
    @DisplayName("X-4: the auditor reads the service data but is given no upload or KPI entry, not even by address")
    void auditorReadsServiceDataOnly() {
        browser.open("service-data/list.xhtml");
        pages.waitForText("tabs", "Tickets");
        assertThat(pages.present("uploadButton")).isFalse();
        assertThat(pages.present("kpiButton")).isFalse();
        browser.open("service-data/upload.xhtml");
        pages.waitForText("errorTitle", "Not allowed");
        browser.open("service-data/kpi.xhtml");
        pages.waitForText("errorTitle", "Not allowed");
    }

    @Test
    @DisplayName("X-1: the auditor searches the history of every record")
    void auditorSearchesTheHistory() {
        browser.open("history/search.xhtml");
        pages.type("search:recordKey", "ACME");
        pages.waitForText("search:table", "ACME");
        assertThat(pages.text("search:table"))
                .contains("Customer")
                .doesNotContain("Finance Division")
                .doesNotContain("???");
    }
}
