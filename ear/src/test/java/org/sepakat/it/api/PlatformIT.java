package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;

/**
 * What operators and integrators rely on: health, the API description, hardened answers, and
 * Liberty's batch management API over HTTPS.
 */
class PlatformIT extends DeployedEar {

    @Test
    @DisplayName("Readiness is UP while the database answers; liveness is UP")
    void healthIsReported() {
        Reply ready = Api.anonymous().get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        assertThat(ready.body()).contains("\"database\"");
        assertThat(Api.anonymous().get("health/live").json().getString("status"))
                .isEqualTo("UP");
    }

    @Test
    @DisplayName("The OpenAPI document lists the party register's paths")
    void openApiListsThePaths() {
        Reply openapi = Api.anonymous().get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().getJsonObject("paths").keySet())
                .contains(
                        "/api/v1/customers",
                        "/api/v1/customers/{customerId}/contacts",
                        "/api/v1/customers/{id}/activate",
                        "/api/v1/services",
                        "/api/v1/staff",
                        "/api/v1/history",
                        "/api/v1/slas",
                        "/api/v1/slas/{id}/versions/compare",
                        "/api/v1/calendars");
    }

    @Test
    @DisplayName("No server banner, no X-Powered-By; the login page is served to anyone, pages need a login")
    void answersAreHardened() {
        Reply login = Api.anonymous().get("login.xhtml");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Server")).isNull();
        assertThat(login.header("X-Powered-By")).isNull();
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Content-Security-Policy")).isNotNull();
        assertThat(login.body())
                .as("login page of %d characters", login.body().length())
                .contains("action=\"/sign-in\"", "User name", "Password");

        Reply page = Api.anonymous().get("customers/list.xhtml");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login.xhtml");
        assertThat(Api.as(DemoUsers.ADMIN).get("no-such-page.xhtml").body()).doesNotContain("at org.");
    }

    @Test
    @DisplayName("Every answer carries one Content-Security-Policy beyond script-src: API description, health, "
            + "REST, Faces pages, Liberty's own 404 and the application's 404")
    void everyAnswerCarriesTheFullContentSecurityPolicy() {
        Api admin = Api.as(DemoUsers.ADMIN);
        Map<String, Reply> answers = new LinkedHashMap<>();
        answers.put("openapi", Api.anonymous().get("openapi"));
        answers.put("health", Api.anonymous().get("health"));
        answers.put("health/ready", Api.anonymous().get("health/ready"));
        answers.put("login page", Api.anonymous().get("login.xhtml"));
        answers.put("redirect to the login page", admin.get("customers/list.xhtml"));
        answers.put("REST list", admin.get("api/v1/customers"));
        answers.put("REST 404", admin.get("api/v1/no-such-resource"));
        answers.put("application's 404 page", admin.get("no-such-page.xhtml"));
        answers.put("Liberty's 404", Api.anonymous().get("openapi/no-such-document"));
        answers.forEach((what, reply) -> {
            List<String> policies = reply.headers().allValues("Content-Security-Policy");
            assertThat(policies)
                    .as("%s (HTTP %d): one policy, as a second one would also be enforced", what, reply.status())
                    .hasSize(1);
            assertThat(policies.get(0).split("\\s*;\\s*"))
                    .as(what)
                    .contains(
                            "default-src 'self'",
                            "object-src 'none'",
                            "base-uri 'none'",
                            "form-action 'self'",
                            "frame-ancestors 'none'");
        });
        assertThat(answers.get("Liberty's 404").status()).isEqualTo(404);
        assertThat(answers.get("login page")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .as("a Faces page keeps PrimeFaces' script nonce")
                .contains("script-src 'self' 'nonce-");
    }

    @Test
    @DisplayName("Issue 12: style sheets, scripts and JSON are sent gzip-compressed to a client that accepts it; "
            + "pages are not (BREACH)")
    void textIsCompressedButPagesAreNot() {
        Reply login = Api.anonymous().get("login.xhtml");
        Matcher theme = Pattern.compile("href=\"([^\"]*theme\\.css[^\"]*)\"").matcher(login.body());
        assertThat(theme.find()).as("the login page links the PrimeFaces theme").isTrue();
        String themePath = theme.group(1).replace("&amp;", "&").replaceFirst("^/", "");
        Reply css = Api.anonymous().get(themePath, "Accept-Encoding", "gzip");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Encoding"))
                .as("the theme, %s", themePath)
                .isEqualTo("gzip");
        assertThat(Api.anonymous().get(themePath).header("Content-Encoding"))
                .as("not for a client that did not ask")
                .isNull();

        Reply json = Api.as(DemoUsers.ADMIN).get("api/v1/history?size=100", "Accept-Encoding", "gzip");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Encoding")).isEqualTo("gzip");

        Reply page = Api.anonymous().get("login.xhtml", "Accept-Encoding", "gzip");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Encoding"))
                .as("a page with the sign-in token")
                .isNull();
        assertThat(page.body()).contains("action=\"/sign-in\"");
    }

    @Test
    @DisplayName("Issue 9: an unknown review job execution is a 404 problem naming it, not a server error")
    void unknownReviewJobIsNotFound() {
        Reply unknown = Api.as(DemoUsers.ADMIN).get("api/v1/review-jobs/987654321");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().getString("detail")).contains("987654321");
    }

    @Test
    @DisplayName(
            "SLM-6: after a review job ran, Liberty's batch REST API shows it over HTTPS to administrators and auditors only")
    void batchRestApiOverHttps() {
        Api admin = Api.as(DemoUsers.ADMIN);
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(25);
        Reply started = admin.post("api/v1/review-jobs", "{\"period\":\"" + month + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long instance = started.json().getJsonNumber("instanceId").longValue();
        long execution = started.json().getJsonNumber("executionId").longValue();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> admin.get("api/v1/review-jobs/" + execution)
                                .json()
                                .getString("batchStatus"),
                        "COMPLETED"::equals);
        String instances = "ibm/api/batch/jobinstances";
        String executionPath = "ibm/api/batch/jobexecutions/" + execution;

        for (String reader : new String[] {DemoUsers.ADMIN, DemoUsers.AUDITOR}) {
            Api batch = Api.as(reader).overHttps();
            Reply listed = batch.get(instances);
            assertThat(listed.status()).as(reader + ": " + listed.body()).isEqualTo(200);
            assertThat(listed.jsonArray().stream()
                            .map(JsonValue::asJsonObject)
                            .filter(i -> i.getJsonNumber("instanceId").longValue() == instance))
                    .as(reader + " sees the job instance")
                    .singleElement()
                    .satisfies(i -> assertThat(i.getString("jobName")).isEqualTo("sla-review"));
            Reply one = batch.get(executionPath);
            assertThat(one.status()).as(reader + ": " + one.body()).isEqualTo(200);
            assertThat(one.json().getString("jobName")).isEqualTo("sla-review");
            assertThat(one.json().getString("batchStatus")).isEqualTo("COMPLETED");
        }

        Reply purged = Api.as(DemoUsers.AUDITOR).overHttps().delete("ibm/api/batch/jobinstances/" + instance);
        refusedByBatchSecurity(purged, "the auditor purging the job instance");
        assertThat(Api.as(DemoUsers.ADMIN)
                        .overHttps()
                        .get("ibm/api/batch/jobinstances/" + instance)
                        .status())
                .as("the auditor only reads: the instance is still there")
                .isEqualTo(200);
        for (String other : new String[] {DemoUsers.RELMAN, DemoUsers.SLAMAN}) {
            refusedByBatchSecurity(Api.as(other).overHttps().get(instances), other + " listing job instances");
        }

        Reply plain = admin.get(instances);
        assertThat(plain.status()).as("plain HTTP is sent to HTTPS").isEqualTo(302);
        assertThat(plain.header("Location")).isEqualTo(DeployedEar.httpsBaseUrl() + instances);
        assertThat(plain.body()).doesNotContain("sla-review");
    }

    @Test
    @DisplayName(
            "Liberty's management endpoints (connector files and MBeans, config API) answer the administrator alone")
    void managementEndpointsAreForTheAdministratorOnly() {
        String serverDir = testServerDirectory().toAbsolutePath().toString();
        List<String> secrets = List.of(
                "${server.config.dir}/server.env",
                serverDir + "/resources/security/key.p12",
                "${server.output.dir}/resources/security/ltpa.keys",
                "${server.output.dir}/logs/messages.log");
        String config = "ibm/api/config";
        String mbeanAttribute =
                "IBMJMXConnectorREST/mbeans/" + encoded("java.lang:type=Runtime") + "/attributes/InputArguments";

        for (String user :
                new String[] {DemoUsers.AUDITOR, DemoUsers.RELMAN, DemoUsers.SLAMAN, DemoUsers.SUPMAN, null}) {
            Api caller = (user == null ? Api.anonymous() : Api.as(user)).overHttps();
            String who = user == null ? "anonymous" : user;
            for (String file : secrets) {
                assertThat(caller.bytes("IBMJMXConnectorREST/file/" + encoded(file))
                                .status())
                        .as(who + " downloading " + file)
                        .isIn(401, 403);
            }
            assertThat(caller.get(config).status())
                    .as(who + " reading the server configuration")
                    .isIn(401, 403);
            assertThat(caller.get(mbeanAttribute).status())
                    .as(who + " reading an MBean attribute")
                    .isIn(401, 403);
        }

        Api admin = Api.as(DemoUsers.ADMIN).overHttps();
        assertThat(admin.get(config).status())
                .as("the administrator reads the configuration")
                .isEqualTo(200);
        assertThat(admin.get(mbeanAttribute).status())
                .as("the administrator reads MBeans")
                .isEqualTo(200);
        for (String file : secrets) {
            assertThat(admin.bytes("IBMJMXConnectorREST/file/" + encoded(file)).status())
                    .as("no directory is open to remote file access, not even for the administrator: " + file)
                    .isNotEqualTo(200);
        }
    }

    @Test
    @DisplayName("The start-up banner names the users and where their password comes from, never the password")
    void startupBannerLogsNoPassword() throws IOException {
        String log = Files.readString(testServerDirectory().resolve("logs/messages.log"));
        assertThat(log)
                .contains("Sepakat is ready at")
                .contains("SEPAKAT_DEMO_PASSWORD")
                .doesNotContain(DemoUsers.PASSWORD);
        assertThat(log)
                .as("Liberty validates the API description it serves and logs what it refuses")
                .doesNotContain("CWWKO1650E");
    }

    private static Path testServerDirectory() {
        return Path.of(System.getProperty("arquillian.usrDir"), "servers", System.getProperty("arquillian.serverName"));
    }

    private static String encoded(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Signed in, but without a batch role: Liberty's batch API answers 401 rather than 403
     * (OpenLiberty issue #8629), without a login challenge and without any job data.
     */
    private static void refusedByBatchSecurity(Reply reply, String what) {
        assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate"))
                .as(what + ": the credentials were accepted")
                .isNull();
        assertThat(reply.body()).as(what).doesNotContain("sla-review").doesNotContain("instanceId");
    }
}
