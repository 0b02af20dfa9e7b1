package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.Unique;

/** Issue 12 §3 and §1: moments in the user's zone with its name, the language remembered at sign-in, whole words. */
class ReadableBrowserIT extends SignedInBrowser {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** Words of a table cell drawn over more than one line: a word broken in the middle ("syste m"). */
    private static final String BROKEN_WORDS = """
            var broken = [];
            document.querySelectorAll('.ui-datatable th, .ui-datatable td').forEach(function (cell) {
              var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), node, word;
              while ((node = walker.nextNode())) {
                var words = /[\\p{L}]{2,}/gu;
                while ((word = words.exec(node.data))) {
                  var range = document.createRange();
                  range.setStart(node, word.index);
                  range.setEnd(node, word.index + word[0].length);
                  var lines = new Set();
                  Array.from(range.getClientRects()).forEach(function (r) {
                    if (r.width > 0) { lines.add(Math.round(r.top)); }
                  });
                  if (lines.size > 1) { broken.push(word[0]); }
                }
              }
            });
            return broken;""";

    @Override
    protected String user() {
        return DemoUsers.SLAMAN;
    }

    @Test
    @DisplayName("Issue 12 §3: a ticket opened at 09:00 Jakarta time is listed at 09:00 WIB for a user in Asia/Jakarta,"
            + " in both languages, and in the server's zone, named, for a user who chose none")
    void ticketTimeInTheUsersZoneWithItsName() {
        String ticket = Unique.code("TZ");
        Reply delivered = Api.as(DemoUsers.SLAMAN)
                .post(
                        "api/v1/service-records",
                        "{\"tickets\":[{\"externalId\":\"" + ticket + "\",\"service\":\"EMAIL\",\"customer\":\"FIN\","
                                + "\"kind\":\"incident\",\"priority\":\"P2\",\"opened\":\"2026-10-05T09:00:00+07:00\","
                                + "\"resolved\":\"2026-10-05T10:30:00+07:00\"}]}");
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        Instant opened = Instant.parse("2026-10-05T02:00:00Z");
        try {
            assertThat(ticketRow(ticket))
                    .as("no zone chosen: the server's, named")
                    .contains(ShownMoment.english(opened));

            pages.zone(JAKARTA);
            assertThat(pages.text("zone:choice_label")).isEqualTo("Asia/Jakarta (UTC+07:00)");
            assertThat(ticketRow(ticket)).contains("Oct 5, 2026 09:00 WIB", "Oct 5, 2026 10:30 WIB");

            pages.language("Bahasa Indonesia", "Pelanggan");
            assertThat(ticketRow(ticket))
                    .contains(ShownMoment.of(opened, JAKARTA, INDONESIAN))
                    .contains("09:00 WIB", "10:30 WIB");
        } finally {
            pages.english();
            pages.serverZone();
        }
    }

    @Test
    @DisplayName("Issue 12 §3: the zone picker finds any zone the server knows by a part of its name, each shown with"
            + " its offset, not only a short list")
    void zonePickerSearchesEveryZone() {
        try {
            assertThat(pages.searchZone("Jayapura")).containsExactly("Asia/Jayapura (UTC+09:00)");
            assertThat(pages.searchZone("Reykjavik")).containsExactly("Atlantic/Reykjavik (UTC+00:00)");
            assertThat(pages.searchZone("Kathmandu")).containsExactly("Asia/Kathmandu (UTC+05:45)");
            browser.find("zone:choice_filter").sendKeys(Keys.ESCAPE);
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("zone:choice_filter")));

            pages.zone(ZoneId.of("Asia/Kathmandu"));
            assertThat(pages.text("zone:choice_label")).isEqualTo("Asia/Kathmandu (UTC+05:45)");
        } finally {
            browser.open("index.xhtml");
            pages.serverZone();
        }
    }

    @Test
    @DisplayName("Issue 12 §3: the language a user chose opens their next sign-in, on the start page too;"
            + " §1: an error page met while signed in speaks it")
    void languageRememberedAtTheNextSignIn() {
        try {
            pages.language("Bahasa Indonesia", "Pelanggan");
            pages.click("logout:logoutButton");
            browser.find("loggedOut");

            browser.open("");
            browser.find("j_username").sendKeys(user());
            browser.find("j_password").sendKeys(DemoUsers.PASSWORD);
            browser.find("loginButton").click();
            browser.find("logout:logoutButton");
            pages.waitForText("sideMenu", "Pelanggan");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("id");
            assertThat(pages.text("language:choice_label")).isEqualTo("Bahasa Indonesia");

            browser.open("no-such-page.xhtml");
            pages.waitForText("errorTitle", "Halaman tidak ditemukan");
        } finally {
            browser.open("index.xhtml");
            pages.english();
        }
    }

    @Test
    @DisplayName("Issue 12 §1: no word in a table cell is broken over two lines, wide or narrow, in both languages")
    void noWordBrokenInTableCells() {
        List<String> pagesWithTables = List.of(
                "customers/list.xhtml",
                "services/list.xhtml",
                "slas/list.xhtml",
                "improvements/list.xhtml",
                "service-data/list.xhtml",
                "reports/list.xhtml",
                "schedules/list.xhtml");
        try {
            for (String language : List.of("English", "Bahasa Indonesia")) {
                browser.viewport(1280, 900);
                browser.open("index.xhtml");
                pages.language(language, language.equals("English") ? "Customers" : "Pelanggan");
                for (int width : new int[] {1280, 900}) {
                    browser.viewport(width, 900);
                    for (String page : pagesWithTables) {
                        browser.open(page);
                        browser.waiting()
                                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-datatable")));
                        Object broken = ((JavascriptExecutor) browser.driver()).executeScript(BROKEN_WORDS);
                        assertThat((List<?>) broken)
                                .as(page + " at " + width + " px in " + language)
                                .isEmpty();
                    }
                }
            }
        } finally {
            browser.viewport(1280, 900);
            browser.open("index.xhtml");
            pages.english();
        }
    }

    private String ticketRow(String ticket) {
        browser.open("service-data/list.xhtml");
        pages.type("ticketsForm:externalIdFilter", ticket);
        pages.waitForText("ticketsForm:tickets", ticket);
        return pages.text("ticketsForm:tickets");
    }
}
