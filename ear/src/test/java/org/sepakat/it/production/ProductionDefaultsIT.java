package org.sepakat.it.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.FormSignIn;
import org.sepakat.it.support.StandaloneServer;
import org.sepakat.it.support.TestServerCertificate;

/**
 * The server configuration as shipped, without the demo's switches (sepakat.https.only and
 * sepakat.public.docs at their defaults): plain HTTP goes to HTTPS, HTTPS answers carry HSTS, cookies
 * are Secure, the API description needs a signed-in user, health answers only UP or DOWN. One server of
 * its own (Derby), started once for all the checks.
 */
@Tag("production")
class ProductionDefaultsIT {

    private static final String HTTP = System.getProperty("sepakat.it.prod.baseUrl", "http://localhost:9183/");
    private static final String HTTPS = System.getProperty("sepakat.it.prod.httpsBaseUrl", "https://localhost:9545/");
    private static final StandaloneServer SERVER = new StandaloneServer(
            System.getProperty("sepakat.it.prod.server", "sepakat-prod"), HTTP,
            Map.of("SEPAKAT_DB", "derby", "SEPAKAT_DERBY_DIR", System.getProperty("sepakat.it.prod.derby", "target/derby-prod-it"),
                    "SEPAKAT_MAIL", "none"));

    private static SSLContext tls;

    @BeforeAll
    static void startServer() throws Exception {
        SERVER.start();
        tls = TestServerCertificate.trustedAlone(
                Path.of(System.getProperty("sepakat.it.prod.keystore", SERVER.directory().resolve("resources/security/key.p12").toString())),
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
        assertThat(api.status()).as("a write is redirected with its method kept").isEqualTo(308);
    }

    @Test
    @DisplayName("Every HTTPS answer tells the browser to keep to HTTPS (HSTS) and carries one Content-Security-Policy")
    void httpsAnswersCarryHsts() {
        for (String path : new String[] {"login.xhtml", "api/v1/customers", "health/ready"}) {
            Reply reply = overHttps(Api.anonymous()).get(path);
            assertThat(reply.header("Strict-Transport-Security")).as(path).startsWith("max-age=31536000");
            assertThat(reply.headers().allValues("Content-Security-Policy")).as("the policy beside HSTS on %s", path)
                    .hasSize(1).allSatisfy(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
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
    @DisplayName("Signing in over HTTPS works, and its cookies are Secure and HttpOnly")
    void signInOverHttpsSetsSecureCookies() {
        FormSignIn.Session session = FormSignIn.signIn(HTTPS, tls, DemoUsers.RELMAN, DemoUsers.PASSWORD);
        assertThat(session.answer().statusCode()).as(session.answer().body()).isEqualTo(302);
        assertThat(session.cookiesSet()).as("cookies set by the sign-in")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SEPAKATSSO="))
                .allSatisfy(cookie -> assertThat(cookie.toLowerCase()).contains("; secure").contains("httponly"));

        var page = session.get(HTTPS + "customers/list.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("logout:logoutButton");
    }
}
