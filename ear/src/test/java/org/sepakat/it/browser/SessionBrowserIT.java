package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.DemoUsers;

/** What signing out means, and what another site can make a signed-in browser do. */
class SessionBrowserIT extends SignedInBrowser {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Override
    protected String user() {
        return DemoUsers.SUPMAN;
    }

    @Test
    @DisplayName("After logging out, the SSO cookie of that sign-in opens no page when replayed")
    void loggedOutSsoCookieIsRefused() throws Exception {
        Cookie sso = browser.driver().manage().getCookieNamed("SEPAKATSSO");
        assertThat(sso).as("the sign-in set the SSO cookie").isNotNull();
        assertThat(openWith(sso).statusCode())
                .as("the cookie alone opens a page while signed in")
                .isEqualTo(200);

        pages.click("logout:logoutButton");
        browser.find("loggedOut");

        HttpResponse<String> replayed = openWith(sso);
        assertThat(replayed.statusCode()).as("the replayed cookie after logout").isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location").orElse("")).endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("A link to Liberty's /ibm_security_logout (as another site could show) does not sign the user out")
    void formLogoutAddressIsClosed() {
        browser.open("ibm_security_logout");
        browser.open("customers/list.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("customers/list.xhtml");
    }

    private static HttpResponse<String> openWith(Cookie sso) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(Pages.BASE_URL).resolve("customers/list.xhtml"))
                        .header("Cookie", sso.getName() + "=" + sso.getValue())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
