package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
        assertThat(Api.anonymous().get("health/live").json().getString("status")).isEqualTo("UP");
    }

    @Test
    @DisplayName("The OpenAPI document lists the party register's paths")
    void openApiListsThePaths() {
        Reply openapi = Api.anonymous().get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().getJsonObject("paths").keySet()).contains("/api/v1/customers",
                "/api/v1/customers/{customerId}/contacts", "/api/v1/customers/{id}/activate",
                "/api/v1/services", "/api/v1/staff", "/api/v1/history",
                "/api/v1/slas", "/api/v1/slas/{id}/versions/compare", "/api/v1/calendars");
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
        assertThat(login.body()).as("login page of %d characters", login.body().length())
                .contains("action=\"/sign-in\"", "User name", "Password");

        Reply page = Api.anonymous().get("customers/list.xhtml");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login.xhtml");
        assertThat(Api.as(DemoUsers.ADMIN).get("no-such-page.xhtml").body()).doesNotContain("at org.");
    }

    @Test
    @DisplayName("SLM-6: after a review job ran, Liberty's batch REST API shows it over HTTPS to administrators and auditors only")
    void batchRestApiOverHttps() {
        Api admin = Api.as(DemoUsers.ADMIN);
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(25);
        Reply started = admin.post("api/v1/review-jobs", "{\"period\":\"" + month + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long instance = started.json().getJsonNumber("instanceId").longValue();
        long execution = started.json().getJsonNumber("executionId").longValue();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> admin.get("api/v1/review-jobs/" + execution).json().getString("batchStatus"), "COMPLETED"::equals);
        String instances = "ibm/api/batch/jobinstances";
        String executionPath = "ibm/api/batch/jobexecutions/" + execution;

        for (String reader : new String[] {DemoUsers.ADMIN, DemoUsers.AUDITOR}) {
            Api batch = Api.as(reader).overHttps();
            Reply listed = batch.get(instances);
            assertThat(listed.status()).as(reader + ": " + listed.body()).isEqualTo(200);
            assertThat(listed.jsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(i -> i.getJsonNumber("instanceId").longValue() == instance))
                    .as(reader + " sees the job instance").singleElement()
                    .satisfies(i -> assertThat(i.getString("jobName")).isEqualTo("sla-review"));
            Reply one = batch.get(executionPath);
            assertThat(one.status()).as(reader + ": " + one.body()).isEqualTo(200);
            assertThat(one.json().getString("jobName")).isEqualTo("sla-review");
            assertThat(one.json().getString("batchStatus")).isEqualTo("COMPLETED");
        }

        Reply purged = Api.as(DemoUsers.AUDITOR).overHttps().delete("ibm/api/batch/jobinstances/" + instance);
        refusedByBatchSecurity(purged, "the auditor purging the job instance");
        assertThat(Api.as(DemoUsers.ADMIN).overHttps().get("ibm/api/batch/jobinstances/" + instance).status())
                .as("the auditor only reads: the instance is still there").isEqualTo(200);
        for (String other : new String[] {DemoUsers.RELMAN, DemoUsers.SLAMAN}) {
            refusedByBatchSecurity(Api.as(other).overHttps().get(instances), other + " listing job instances");
        }

        Reply plain = admin.get(instances);
        assertThat(plain.status()).as("plain HTTP is sent to HTTPS").isEqualTo(302);
        assertThat(plain.header("Location")).isEqualTo(DeployedEar.httpsBaseUrl() + instances);
        assertThat(plain.body()).doesNotContain("sla-review");
    }

    /**
     * Signed in, but without a batch role: Liberty's batch API answers 401 rather than 403
     * (OpenLiberty issue #8629), without a login challenge and without any job data.
     */
    private static void refusedByBatchSecurity(Reply reply, String what) {
        assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).as(what + ": the credentials were accepted").isNull();
        assertThat(reply.body()).as(what).doesNotContain("sla-review").doesNotContain("instanceId");
    }
}
