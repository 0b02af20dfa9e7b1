package org.sepakat.it.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;

/** A fresh headless browser per test, signed in as one demo user, pages in English, moments in the server's zone. */
abstract class SignedInBrowser extends DeployedEar {

    protected Browser browser;
    protected Pages pages;

    /** The demo user the test acts as. */
    protected abstract String user();

    @BeforeEach
    void logIn() {
        browser = new Browser(Pages.BASE_URL);
        pages = new Pages(browser);
        browser.login(user(), DemoUsers.PASSWORD);
        pages.english();
        pages.serverZone();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
