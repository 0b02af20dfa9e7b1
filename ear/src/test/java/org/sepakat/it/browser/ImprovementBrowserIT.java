package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.Unique;

/** A relationship manager works an improvement opportunity through the web UI. */
class ImprovementBrowserIT extends SignedInBrowser {

    @Override
    protected String user() {
        return DemoUsers.RELMAN;
    }

    @Test
    @DisplayName("X-3: an improvement is recorded, started and completed with an outcome; its history shows each step")
    void improvementIsRecordedStartedAndDone() {
        String title = Unique.code("Browser improvement");
        browser.open("improvements/list.xhtml");
        pages.click("list:newButton");
        pages.type("improvementForm:title", title);
        pages.type("improvementForm:description", "Customers wait too long for a first answer");
        pages.type("improvementForm:sourceReference", "Review 2026-Q3");
        pages.type("improvementForm:dueOn_input", LocalDate.now().plusDays(20).toString());
        browser.find("improvementForm:dueOn_input").sendKeys(Keys.ESCAPE);
        pages.choose("improvementForm:priority", "High");
        pages.click("improvementForm:saveButton");
        browser.waiting().until(ExpectedConditions.urlContains("improvements/view"));
        pages.waitForText("improvementTitle", title);
        assertThat(pages.text("improvementStatus")).isEqualTo("Open");
        assertThat(pages.text("improvementOwner"))
                .as("a display name, not a user name")
                .isEqualTo("Rina Relationship");
        String number = pages.text("improvementNumber");
        assertThat(number).matches("IMP-\\d{6,}");

        pages.click("actions:startButton");
        pages.waitForText("improvementStatus", "In progress");

        pages.click("completeForm:completeButton");
        pages.waitForText("completeForm", "Describe the outcome");
        pages.type("completeForm:outcome", "First answer within one hour since October");
        pages.click("completeForm:completeButton");
        pages.waitForText("improvementStatus", "Done");
        assertThat(pages.text("improvementOutcome")).isEqualTo("First answer within one hour since October");
        assertThat(pages.present("actions:startButton")).isFalse();
        assertThat(pages.present("rejectForm:rejectButton")).isFalse();

        pages.tab("historyTab");
        assertThat(pages.text("tabs:historyTable"))
                .contains("Status", "Open", "In progress", "Done", "Rina Relationship")
                .as("issue 12 §3: labels and display names, never codes or user names")
                .doesNotContain("IN_PROGRESS", DemoUsers.RELMAN);

        browser.open("improvements/list.xhtml");
        pages.type("list:textFilter", number);
        pages.waitForText("list:table", title);
        assertThat(pages.text("list:table")).contains("Done", "High");
    }
}
