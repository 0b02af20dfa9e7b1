package org.sepakat.it.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DeployedEar;

/** What a user does on Sepakat's PrimeFaces pages, in the words of the browser tests. */
final class Pages {

    static final String BASE_URL = DeployedEar.baseUrl();

    private final Browser browser;

    Pages(Browser browser) {
        this.browser = browser;
    }

    /**
     * Clicks the element once it is clickable. When PrimeFaces replaces it between finding and
     * clicking (an AJAX update, a dialog shown), the click never reached it: it is found again.
     */
    void click(String id) {
        browser.waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement element =
                    ExpectedConditions.elementToBeClickable(By.id(id)).apply(driver);
            if (element == null) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (WebDriverException replaced) {
                if (replaced.getMessage() != null
                        && replaced.getMessage().contains("does not belong to the document")) {
                    return false;
                }
                throw replaced;
            }
        });
    }

    void type(String id, String text) {
        WebElement input = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Replaces what a field holds the way a user does: select all, then type over it (or delete it
     * when {@code text} is empty). Unlike {@link #type} it fires the key events that widgets such as
     * p:spinner read their value from.
     */
    void retype(String id, String text) {
        WebElement input = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text.isEmpty() ? Keys.BACK_SPACE : text);
    }

    /**
     * Picks the option of a p:selectOneMenu whose label starts with {@code label}, as a user does: opens the menu,
     * clicks the item once the panel has finished opening (PrimeFaces binds the items' clicks only then), and waits
     * until the menu shows the choice and its panel has closed (an open panel covers the fields below it).
     */
    void choose(String id, String label) {
        By items = By.cssSelector("[id='" + id + "_panel'] li.ui-selectonemenu-item");
        By shown = By.id(id + "_label");
        WebDriverWait shortly = browser.waiting(Duration.ofSeconds(5));
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                if (!panelOpen(id)) {
                    click(id);
                }
                shortly.until(d -> shownItem(id, label)).click();
                shortly.until(d -> d.findElement(shown).getText().startsWith(label) && !panelOpen(id));
                return;
            } catch (WebDriverException e) {
                // the page or form was being re-rendered, or the click missed: look again
            }
        }
        throw new AssertionError("could not choose '" + label + "' in " + id + "; its choices: "
                + browser.driver().findElements(items).stream()
                        .map(li -> li.getAttribute("data-label"))
                        .toList());
    }

    /** Whether a p:selectOneMenu's panel is showing (opening, open or closing). */
    private boolean panelOpen(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var p = document.getElementById(arguments[0] + '_panel');"
                                + " return !!p && getComputedStyle(p).display !== 'none';",
                        id));
    }

    /** Shows a tab of the detail page's p:tabView. */
    void tab(String tabId) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#tabs:" + tabId + "']")))
                .click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:" + tabId)));
    }

    void waitForText(String id, String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    void waitForTextGone(String id, String text) {
        browser.waiting()
                .until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text)));
    }

    /** The text an element shows once it is there, read again when an AJAX update replaced it meanwhile. */
    String text(String id) {
        return browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText());
    }

    boolean present(String id) {
        List<WebElement> found = browser.driver().findElements(By.id(id));
        return !found.isEmpty();
    }

    /** The header's language selector; the choice is stored for the user, so tests set it rather than assume it. */
    void language(String label, String expectedNavText) {
        String current = browser.find("language:choice_label").getText();
        if (!current.equals(label)) {
            choose("language:choice", label);
        }
        waitForText("sideMenu", expectedNavText);
    }

    void english() {
        language("English", "Customers");
    }

    /** The header's time zone; stored for the user like the language, so tests set it rather than assume it. */
    void zone(ZoneId zone) {
        String label = zoneLabel(zone);
        String current = browser.find("zone:choice_label").getText();
        if (!current.equals(label)) {
            WebElement before = browser.find("zone:choice_label");
            searchZone(zone.getId());
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> shownItem("zone:choice", label))
                    .click();
            // the choice is stored and the page loaded again in the new zone
            browser.waiting().until(ExpectedConditions.stalenessOf(before));
            browser.waiting().until(driver -> {
                try {
                    return driver.findElement(By.id("zone:choice_label"))
                            .getText()
                            .equals(label);
                } catch (WebDriverException reloading) {
                    return false;
                }
            });
        }
    }

    /**
     * Opens the header's zone menu (unless open) and types into its search field; returns the labels it still shows
     * once every one holds the text (at least one).
     */
    List<String> searchZone(String text) {
        // the menu's panel (its search field and some 600 zones) is loaded the first time it opens
        if (!panelOpen("zone:choice")) {
            click("zone:choice");
        }
        WebElement filter =
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("zone:choice_filter")));
        filter.clear();
        filter.sendKeys(text);
        return browser.waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            List<String> labels = shownLabels("zone:choice");
            return !labels.isEmpty() && labels.stream().allMatch(l -> l.contains(text)) ? labels : null;
        });
    }

    /**
     * The labels a p:selectOneMenu's panel shows now, read in the browser in one call: the zone menu holds
     * some 600 items, and asking the driver about each of them, twice, took seconds per look.
     */
    @SuppressWarnings("unchecked")
    private List<String> shownLabels(String id) {
        Object labels = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return Array.from(document.querySelectorAll(\"[id='\" + arguments[0]"
                                + " + \"_panel'] li.ui-selectonemenu-item\"))"
                                + ".filter(li => li.offsetParent !== null).map(li => li.getAttribute('data-label'));",
                        id);
        return labels == null ? List.of() : (List<String>) labels;
    }

    /**
     * The item of a p:selectOneMenu's panel whose label starts with {@code label}, once the panel has finished
     * opening (no CSS transition running on it: PrimeFaces binds the items' clicks only when it has).
     */
    private WebElement shownItem(String id, String label) {
        Object item = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var p = document.getElementById(arguments[0] + '_panel');"
                                + " if (!p || getComputedStyle(p).display === 'none' || p.className.indexOf('ui-connected-overlay-e') >= 0"
                                + " && !p.classList.contains('ui-connected-overlay-enter-done')) return null;"
                                + " return Array.from(p.querySelectorAll('li.ui-selectonemenu-item'))"
                                + ".find(li => li.offsetParent !== null"
                                + " && String(li.getAttribute('data-label')).startsWith(arguments[1])) || null;",
                        id,
                        label);
        return (WebElement) item;
    }

    /** How the header offers a zone: its name and its offset now ("Asia/Jakarta (UTC+07:00)"). */
    static String zoneLabel(ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(Instant.now());
        return zone.getId() + " (UTC" + (offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId()) + ")";
    }

    /** Every signed-in user's zone until they choose one: the server's (the tests run on the server's machine). */
    void serverZone() {
        zone(ZoneId.systemDefault());
    }

    /** Creates a customer through the form and waits for its detail page. */
    void createCustomer(String code, String name, String kindLabel) {
        browser.open("customers/list.xhtml");
        click("list:newButton");
        type("customerForm:code", code);
        type("customerForm:name", name);
        choose("customerForm:kind", kindLabel);
        click("customerForm:saveButton");
        browser.waiting().until(ExpectedConditions.urlContains("customers/view"));
        waitForText("customerCode", code);
    }

    /** Types a date into a p:datePicker and closes its panel as a user would, so it covers nothing. */
    void typeDate(String id, String text) {
        // typed over what the field holds: the picker fills a cleared field again from its own state
        retype(id + "_input", text);
        browser.find(id + "_input").sendKeys(Keys.ESCAPE);
        closeDatePicker(id);
    }

    void closeDatePicker(String id) {
        By panel = By.id(id + "_panel");
        // a picker usually stays open until the user leaves it: look briefly, then close it as a user would
        WebDriverWait shortly = browser.waiting(Duration.ofSeconds(1));
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                shortly.until(ExpectedConditions.invisibilityOfElementLocated(panel));
                return;
            } catch (TimeoutException e) {
                browser.driver().findElement(By.tagName("h1")).click();
                browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            }
        }
        throw new AssertionError("the date picker " + id + " stays open");
    }

    /** The text of an element, whether or not it is shown (e.g. on a tab that is not open). */
    String textContent(String id) {
        return browser.find(id).getAttribute("textContent");
    }

    /** The critical and serious accessibility violations axe-core finds on the page shown, as readable lines. */
    List<String> accessibilityViolations() {
        return browser.accessibilityViolations();
    }
}
