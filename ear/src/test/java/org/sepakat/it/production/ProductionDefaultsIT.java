package org.sepakat.it.production;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.FormSignIn;
import org.sepakat.it.support.StandaloneServer;
import org.sepakat.it.support.TestServerCertificate;

/**
 * The server configuration as shipped, without the demo's switches (sepakat.https.only and
 * sepakat.public.docs at their defaults): plain HTTP goes to HTTPS, HTTPS answers carry HSTS, cookies
 * are Secure, the API description and its UI are served to signed-in users only, health answers only UP or DOWN. One server of
 * its own (Derby), started once for all the checks.
 */
@Tag("production")
class ProductionDefaultsIT {

    private static final String HTTP = System.getProperty("sepakat.it.prod.baseUrl", "http://localhost:9183/");
    private static final String HTTPS = System.getProperty("sepakat.it.prod.httpsBaseUrl", "https://localhost:9545/");
    private static final StandaloneServer SERVER = new StandaloneServer(
            System.getProperty("sepakat.it.prod.server", "sepakat-prod"),
            HTTP,
            Map.of(
                    "SEPAKAT_DB",
                    "derby",
                    "SEPAKAT_DERBY_DIR",
                    System.getProperty("sepakat.it.prod.derby", "target/derby-prod-it"),
                    "SEPAKAT_MAIL",
                    "none"));

    private static SSLContext tls;

    @BeforeAll
    static void startServer() throws Exception {
        SERVER.start();
        tls = TestServerCertificate.trustedAlone(
                Path.of(System.getProperty(
                        "sepakat.it.prod.keystore",
                        SERVER.directory().resolve("resources/security/key.p12").toString())),
                System.getProperty("sepakat.it.prod.keystore.password").toCharArray());
    }

    @AfterAll
    static void stopServer() throws Exception {
        SERVER.stop();
    }

    private static Api overHttps(Api api) {
        return api.at(HTTPS, tls);
    }

    @Test
    @DisplayName("A page asked for over plain HTTP is redirected to the same address over HTTPS")
    void plainHttpIsRedirectedToHttps() {
        Reply page = Api.anonymous().at(HTTP).get("login.xhtml?lang=id");
        assertThat(page.status()).isEqualTo(301);
        assertThat(page.header("Location")).isEqualTo(HTTPS + "login.xhtml?lang=id");
        assertThat(page.body()).doesNotContain("j_password");

        Reply api = Api.as(DemoUsers.ADMIN).at(HTTP).post("api/v1/customers", "{}");
        assertThat(api.status())
                .as("a write is redirected with its method kept")
                .isEqualTo(308);
    }

    @Test
    @DisplayName("Every HTTPS answer tells the browser to keep to HTTPS (HSTS) and carries one Content-Security-Policy")
    void httpsAnswersCarryHsts() {
        for (String path : new String[] {"login.xhtml", "api/v1/customers", "health/ready"}) {
            Reply reply = overHttps(Api.anonymous()).get(path);
            assertThat(reply.header("Strict-Transport-Security")).as(path).startsWith("max-age=31536000");
            assertThat(reply.headers().allValues("Content-Security-Policy"))
                    .as("the policy beside HSTS on %s", path)
                    .hasSize(1)
                    .allSatisfy(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        }
    }

    @Test
    @DisplayName("The OpenAPI document and UI need a signed-in user; health says UP without details")
    void apiDescriptionNeedsSignIn() {
        for (String path : new String[] {"openapi", "openapi/ui/"}) {
            Reply anonymous = overHttps(Api.anonymous()).get(path);
            assertThat(anonymous.status()).as(path).isEqualTo(302);
            assertThat(anonymous.header("Location")).as(path).endsWith("/login.xhtml");
            assertThat(anonymous.body()).as(path).doesNotContain("/api/v1/customers");
        }
        Reply health = overHttps(Api.anonymous()).get("health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"").doesNotContain("freeMemoryBytes");
    }

    @Test
    @DisplayName(
            "Issue 9: every role, once signed in, reads the API description at /openapi and opens its UI at /openapi/ui/")
    void signedInUsersGetTheApiDescriptionAndItsUi() {
        for (String user :
                new String[] {DemoUsers.ADMIN, DemoUsers.RELMAN, DemoUsers.SLAMAN, DemoUsers.SUPMAN, DemoUsers.AUDITOR
                }) {
            FormSignIn.Session session = FormSignIn.signIn(HTTPS, tls, user, DemoUsers.PASSWORD);
            HttpResponse<String> description = session.get(HTTPS + "openapi");
            assertThat(description.statusCode()).as("/openapi as %s", user).isEqualTo(200);
            assertThat(description.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/json");
            try (JsonReader reader = Json.createReader(new StringReader(description.body()))) {
                JsonObject document = reader.readObject();
                assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Sepakat API");
                assertThat(document.getJsonObject("paths").keySet())
                        .as("/openapi as %s", user)
                        .contains(
                                "/api/v1/customers", "/api/v1/slas/{id}/versions/compare", "/api/v1/sign-in-failures");
                assertThat(document.getJsonObject("paths")
                                .getJsonObject("/api/v1/customers")
                                .keySet())
                        .contains("get", "post");
            }

            HttpResponse<String> ui = session.get(HTTPS + "openapi/ui/");
            assertThat(ui.statusCode()).as("/openapi/ui/ as %s", user).isEqualTo(200);
            assertThat(ui.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(ui.headers().allValues("Content-Security-Policy"))
                    .as("the UI's own policy, and only it")
                    .hasSize(1)
                    .allSatisfy(csp -> assertThat(csp)
                            .contains(
                                    "default-src 'self'",
                                    "object-src 'none'",
                                    "base-uri 'none'",
                                    "form-action 'self'",
                                    "frame-ancestors 'none'")
                            .doesNotContain("script-src", "unsafe-eval"));
            assertThat(ui.body())
                    .contains("id=\"swagger-ui\"", "src=\"swagger-ui-bundle.js\"", "src=\"initializer.js\"");
            for (String part : new String[] {"swagger-ui-bundle.js", "swagger-ui.css", "initializer.js"}) {
                assertThat(session.get(HTTPS + "openapi/ui/" + part).statusCode())
                        .as("%s as %s", part, user)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    @DisplayName(
            "Issue 9: behind the sign-in, the API UI lists the operations in the browser without breaking the Content-Security-Policy")
    void apiUiRendersTheOperationsUnderTheContentSecurityPolicy() {
        try (Browser browser = new Browser(HTTPS, "--ignore-certificate-errors")) {
            browser.login(DemoUsers.AUDITOR, DemoUsers.PASSWORD);
            browser.contentSecurityViolations();
            browser.open("openapi/ui/");
            // the UI draws the operations a group after another: wait for the two looked for (or time out)
            List<String> paths = browser.waiting().until(driver -> {
                @SuppressWarnings("unchecked")
                List<String> shown = (List<String>) ((JavascriptExecutor) driver)
                        .executeScript("return Array.from(document.querySelectorAll('.opblock-summary-path'))"
                                + ".map(path => path.getAttribute('data-path'));");
                return shown.contains("/api/v1/customers") && shown.contains("/api/v1/slas/{id}/versions/compare")
                        ? shown
                        : null;
            });
            assertThat(paths).contains("/api/v1/customers", "/api/v1/slas/{id}/versions/compare");
            assertThat(browser.pageText()).contains("Sepakat API");
            browser.driver()
                    .findElement(By.cssSelector(".opblock-get .opblock-summary-path[data-path='/api/v1/customers']"))
                    .click();
            browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".opblock-body .responses-wrapper")));
            assertThat(browser.contentSecurityViolations())
                    .as("blocked by the Content-Security-Policy")
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("Signing in over HTTPS works, and its cookies are Secure and HttpOnly")
    void signInOverHttpsSetsSecureCookies() {
        FormSignIn.Session session = FormSignIn.signIn(HTTPS, tls, DemoUsers.RELMAN, DemoUsers.PASSWORD);
        assertThat(session.answer().statusCode()).as(session.answer().body()).isEqualTo(302);
        assertThat(session.cookiesSet())
                .as("cookies set by the sign-in")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SEPAKATSSO="))
                .allSatisfy(cookie ->
                        assertThat(cookie.toLowerCase()).contains("; secure").contains("httponly"));

        var page = session.get(HTTPS + "customers/list.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("logout:logoutButton");
    }
}
