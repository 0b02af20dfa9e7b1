package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;

/**
 * Issue 12 §7 (WCAG 2.1 AA): every form and dialog is used with the keyboard alone, and what has focus shows it.
 * The user's part of each test is keys only (Tab, Enter, Space, Escape, arrows); the test reads the page.
 */
class KeyboardBrowserIT extends SignedInBrowser {

    /** How far Tab may have to go through header, side menu and form before the field wanted has focus. */
    private static final int MOST_TABS = 250;

    /** The focus ring of sepakat.css: #1565c0 on light ground, #ffd166 in the dark header (both 3:1 or more). */
    private static final List<String> RINGS = List.of("rgb(21, 101, 192)", "rgb(255, 209, 102)");

    private static final String FOCUSED =
            "var e = document.activeElement; return e === null ? '' : (e.id || e.tagName.toLowerCase());";

    @Override
    protected String user() {
        return DemoUsers.ADMIN;
    }

    @Test
    @DisplayName("The first Tab reaches 'Skip to main content', and Enter gives the main content focus")
    void skipLinkMovesFocusToMain() {
        browser.open("customers/list.xhtml");
        press(Keys.TAB);
        assertThat(js("return document.activeElement.textContent.trim();")).isEqualTo("Skip to main content");
        press(Keys.ENTER);
        assertThat(focused()).isEqualTo("main");
        press(Keys.TAB);
        assertThat(js("return document.getElementById('main').contains(document.activeElement);"))
                .as("the next Tab stays in the main content")
                .isEqualTo(Boolean.TRUE);
    }

    @Test
    @DisplayName("A customer is created with the keyboard alone: Tab through the fields in order, choose, Enter saves")
    void customerIsCreatedWithTheKeyboardOnly() {
        String code = Unique.code("KEY");
        browser.open("customers/edit.xhtml");
        assertThat(js("return Array.from(document.querySelectorAll('[tabindex]')).filter(e => e.tabIndex > 0).length;"))
                .as("no positive tabindex changes the order")
                .isEqualTo(0L);
        tabTo("customerForm:code");
        type(code);
        press(Keys.TAB);
        assertThat(focused()).isEqualTo("customerForm:name");
        type("Keyboard only " + code);
        press(Keys.TAB);
        assertThat(focused()).isEqualTo("customerForm:kind_label");
        chooseWithKeys("customerForm:kind", "Internal");
        tabTo("customerForm:saveButton");
        press(Keys.ENTER);

        browser.waiting().until(ExpectedConditions.urlContains("customers/view"));
        pages.waitForText("customerCode", code);
        assertThat(browser.pageText()).contains("Keyboard only " + code, "Internal");
    }

    @Test
    @DisplayName("SLM-1 by keyboard: Enter opens the signing dialog with focus inside, Tab stays inside, Enter signs")
    void slaIsAgreedInTheDialogWithTheKeyboard() {
        long id = agreeableDraft();
        browser.open("slas/edit.xhtml?id=" + id);
        tabTo("slaForm:agreeButton");
        press(Keys.ENTER);
        waitForFocusIn("agreeForm:agreeDialog");
        waitForFocus("agreeForm:providerSignatory_label");

        chooseWithKeys("agreeForm:providerSignatory", "Sari Service Level");
        press(Keys.TAB);
        assertThat(focused()).isEqualTo("agreeForm:customerSignatory_label");
        chooseWithKeys("agreeForm:customerSignatory", "Siti Rahmawati");
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            press(Keys.TAB);
            visited.add(focused());
            assertThat(js("return document.getElementById('agreeForm:agreeDialog').contains(document.activeElement);"))
                    .as("Tab stays in the open dialog, visited " + visited)
                    .isEqualTo(Boolean.TRUE);
        }
        assertThat(visited).contains("agreeForm:effectiveFrom", "agreeForm:confirmAgreeButton");
        tabTo("agreeForm:confirmAgreeButton");
        press(Keys.ENTER);

        pages.waitForText("slaStatus", "Agreed");
        pages.waitForText("messages", "agreed as version 1");
        waitForFocusIn("agreeForm:activateDialog");
        waitForFocus("agreeForm:activateNowButton");
        press(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.urlContains("slas/preview"));
        pages.waitForText("docStatus", "Agreed");
        assertThat(pages.text("docStatus"))
                .as("Escape is 'Later': the signed SLA is shown as its document, not activated")
                .isEqualTo("Agreed");
    }

    @Test
    @DisplayName("A past due date asked about again keeps focus on the save button, so Enter saves it")
    void pastDueDateIsConfirmedWithTheKeyboard() {
        String title = Unique.code("Keyboard past due");
        browser.open("improvements/edit.xhtml");
        tabTo("improvementForm:title");
        type(title);
        tabTo("improvementForm:description");
        type("Found late, typed with keys");
        tabTo("improvementForm:sourceReference");
        type("Review 2026-Q3");
        tabTo("improvementForm:dueOn_input");
        type(LocalDate.now().minusDays(3).toString());
        tabTo("improvementForm:saveButton");
        press(Keys.ENTER);

        pages.waitForText("improvementForm", "is in the past");
        waitForFocus("improvementForm:saveButton");
        assertThat(pages.text("improvementForm:saveButton")).isEqualTo("Save with this past due date");
        press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("improvements/view"));
        pages.waitForText("improvementTitle", title);
    }

    @Test
    @DisplayName("Escape closes a dialog, nothing is done, and focus is back on the button that opened it")
    void escapeClosesDialogsAndFocusReturns() {
        long id = agreeableDraft();
        browser.open("slas/edit.xhtml?id=" + id);
        tabTo("slaForm:agreeButton");
        press(Keys.ENTER);
        waitForFocusIn("agreeForm:agreeDialog");
        press(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("agreeForm:agreeDialog")));
        waitForFocus("slaForm:agreeButton");
        assertThat(pages.text("slaStatus")).isEqualTo("Draft");
        assertThat(browser.driver().findElements(By.cssSelector(".ui-dialog-mask")))
                .as("no mask is left over the page")
                .noneMatch(mask -> mask.isDisplayed());
        press(Keys.ENTER);
        waitForFocusIn("agreeForm:agreeDialog");

        String code = Unique.code("ESC");
        pages.createCustomer(code, "Escape " + code, "Internal");
        tabTo("actions:deleteButton");
        press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirmNo")));
        waitForFocusIn("confirmForm:confirmDialog");
        waitForFocus("confirmForm:confirmNo");
        press(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmForm:confirmNo")));
        waitForFocus("actions:deleteButton");
        assertThat(pages.text("customerCode")).as("the customer is not deleted").isEqualTo(code);
    }

    @Test
    @DisplayName("Links, buttons, fields, the language picker and side menu groups show a focus ring of 3:1 or more")
    void everyFocusedElementShowsAVisibleRing() {
        browser.open("customers/edit.xhtml");
        List<String> seen = ringsAlong("e.id === 'customerForm:saveButton'");
        assertThat(seen).as("focused along the way").anyMatch(line -> line.startsWith("link "));
        assertThat(seen).anyMatch(line -> line.startsWith("button "));
        assertThat(seen).anyMatch(line -> line.startsWith("input "));
        assertThat(seen).anyMatch(line -> line.startsWith("menu "));
        assertThat(seen).anyMatch(line -> line.startsWith("choice customerForm:kind_label"));
        assertThat(seen).anyMatch(line -> line.startsWith("choice language:choice_label"));
        assertThat(seen).anyMatch(line -> line.startsWith("link bellLink"));
        assertThat(seen).anyMatch(line -> line.startsWith("link currentUser"));
        assertThat(seen).anyMatch(line -> line.startsWith("button logout:logoutButton"));
    }

    @Test
    @DisplayName("Sortable column headers, the paginator, check boxes, date fields and tabs show the focus ring too")
    void widgetsShowTheFocusRing() {
        browser.open("customers/list.xhtml");
        List<String> list = ringsAlong("e.closest('.ui-paginator') !== null");
        assertThat(list).as("focused along the way").anyMatch(line -> line.startsWith("sortable "));
        assertThat(list).anyMatch(line -> line.startsWith("paginator "));

        browser.open("slas/edit.xhtml?id=" + agreeableDraft());
        List<String> sla = ringsAlong("e.id === 'slaForm:saveButton'");
        assertThat(sla).as("focused along the way").anyMatch(line -> line.startsWith("checkbox "));
        assertThat(sla).anyMatch(line -> line.startsWith("tab "));
        assertThat(sla).anyMatch(line -> line.contains("slaForm:validFrom_input"));
    }

    @Test
    @DisplayName("A side menu group opens and closes with Enter and Space and says so (aria-expanded)")
    void sideMenuGroupsToggleWithEnterAndSpace() {
        browser.open("customers/list.xhtml");
        String header = "#sideMenu .ui-panelmenu-header a";
        String onHeader = "return document.activeElement.matches(arguments[0]);";
        for (int i = 0; i < MOST_TABS && !Boolean.TRUE.equals(js(onHeader, header)); i++) {
            press(Keys.TAB);
        }
        assertThat(js(onHeader, header))
                .as("Tab reaches an area of the side menu")
                .isEqualTo(Boolean.TRUE);
        String before = (String) js("return document.activeElement.getAttribute('aria-expanded');");
        String after = "true".equals(before) ? "false" : "true";
        String expanded = "var a = document.activeElement, list = a.parentElement.nextElementSibling;"
                + " return a.getAttribute('aria-expanded') === String(getComputedStyle(list).display !== 'none')"
                + " ? a.getAttribute('aria-expanded') : 'says ' + a.getAttribute('aria-expanded');";
        assertThat(js(expanded)).as("aria-expanded says what is shown").isEqualTo(before);
        press(Keys.ENTER);
        browser.waiting()
                .withMessage(() -> "aria-expanded " + after + " on " + focusedHtml())
                .until(d -> after.equals(js(expanded)));
        press(Keys.SPACE);
        browser.waiting()
                .withMessage(() -> "aria-expanded " + before + " on " + focusedHtml())
                .until(d -> before.equals(js(expanded)));
        assertThat(browser.driver().getCurrentUrl())
                .as("Space did not follow the link")
                .contains("customers/list");
    }

    /** A draft of FIN the demo service level manager can agree: a target, a limit and its exceptions stated. */
    private static long agreeableDraft() {
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        return slas.draft(slas.forFinanceEmail(Unique.code("KBD"))
                        .targets("[{\"name\":\"Urgent resolution\",\"metric\":\"RESOLUTION_TIME\","
                                + "\"comparison\":\"AT_LEAST\",\"threshold\":90,\"period\":\"MONTH\","
                                + "\"priority\":\"" + Unique.code("U") + "\",\"withinHours\":4}]")
                        .limits("[{\"name\":\"Named users\",\"metric\":\"NAMED_USERS\",\"maximum\":500,"
                                + "\"period\":\"MONTH\",\"overLimit\":\"REPORT_ONLY\"}]")
                        .noExceptions())
                .json()
                .getJsonNumber("id")
                .longValue();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    private String focused() {
        return (String) js(FOCUSED);
    }

    /** Presses Tab until the element of that id has focus; fails when it is never reached. */
    private void tabTo(String id) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < MOST_TABS; i++) {
            if (id.equals(focused())) {
                return;
            }
            press(Keys.TAB);
            seen.add(focused());
        }
        throw new AssertionError("Tab never reached " + id + "; it went through " + seen);
    }

    /** Opens a p:selectOneMenu with Space, moves with the down arrow to the label, and takes it with Enter. */
    private void chooseWithKeys(String id, String label) {
        press(Keys.SPACE);
        By highlighted = By.cssSelector("[id='" + id + "_panel'] li.ui-selectonemenu-item.ui-state-highlight");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
        for (int i = 0; i < 60; i++) {
            List<org.openqa.selenium.WebElement> item = browser.driver().findElements(highlighted);
            if (!item.isEmpty()
                    && String.valueOf(item.get(0).getAttribute("data-label")).startsWith(label)) {
                press(Keys.ENTER);
                browser.waiting()
                        .until(d ->
                                d.findElement(By.id(id + "_label")).getText().startsWith(label));
                return;
            }
            press(Keys.ARROW_DOWN);
        }
        throw new AssertionError("the arrows never reached '" + label + "' in " + id);
    }

    private void waitForFocus(String id) {
        browser.waiting()
                .withMessage(() -> "focus on " + id + ", not on " + focusedHtml())
                .until(d -> id.equals(focused()));
    }

    private void waitForFocusIn(String id) {
        browser.waiting()
                .withMessage(() -> "focus in the shown " + id + ", not on " + focusedHtml())
                .until(d -> Boolean.TRUE.equals(js(
                        "var c = document.getElementById(arguments[0]);"
                                + " return c !== null && c.getClientRects().length > 0"
                                + " && c.contains(document.activeElement);",
                        id)));
    }

    private String focusedHtml() {
        return (String) js("var e = document.activeElement; return e === null ? 'nothing'"
                + " : e.outerHTML.substring(0, 300) + ' in ' + e.parentElement.outerHTML.substring(0, 300);");
    }

    /**
     * The colour of the focus ring the user sees: of the focused element, or of the widget drawn for a hidden
     * input (a drop-down, a check box). "none" when there is no outline.
     */
    private String ring() {
        return (String) js("var e = document.activeElement;"
                + " if (e.closest('.ui-helper-hidden-accessible')) {"
                + "   e = e.closest('.ui-selectonemenu, .ui-chkbox, .ui-radiobutton') || e;"
                + "   e = e.querySelector('.ui-chkbox-box, .ui-radiobutton-box') || e; }"
                + " var s = getComputedStyle(e);"
                + " return s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : s.outlineColor;");
    }

    /**
     * Presses Tab until the focused element {@code e} meets the condition (JavaScript), checking at each stop
     * that the focus ring is drawn; returns what was focused, each as its kind and id.
     */
    private List<String> ringsAlong(String condition) {
        List<String> seen = new ArrayList<>();
        String stop = "var e = document.activeElement; return " + condition + ";";
        for (int i = 0; i < MOST_TABS && !Boolean.TRUE.equals(js(stop)); i++) {
            press(Keys.TAB);
            String ring = ring();
            seen.add(kind() + " " + focused() + " " + ring);
            assertThat(RINGS)
                    .as("the focus ring of " + seen.get(seen.size() - 1) + " after " + seen)
                    .contains(ring);
        }
        assertThat(js(stop)).as("Tab reached the end of " + seen).isEqualTo(Boolean.TRUE);
        return seen;
    }

    private String kind() {
        return (String) js("var e = document.activeElement;"
                + " if (e.closest('#sideMenu .ui-panelmenu')) return 'menu';"
                + " if (e.closest('.ui-paginator')) return 'paginator';"
                + " if (e.matches('th.ui-sortable-column')) return 'sortable';"
                + " if (e.closest('.ui-tabs-nav')) return 'tab';"
                + " if (e.closest('.ui-chkbox')) return 'checkbox';"
                + " if (e.closest('.ui-selectonemenu')) return 'choice';"
                + " if (e.tagName === 'A' && !e.classList.contains('ui-button')) return 'link';"
                + " if (e.tagName === 'BUTTON' || e.classList.contains('ui-button')) return 'button';"
                + " if (e.tagName === 'INPUT' || e.tagName === 'TEXTAREA') return 'input';"
                + " return e.tagName.toLowerCase();");
    }
}
