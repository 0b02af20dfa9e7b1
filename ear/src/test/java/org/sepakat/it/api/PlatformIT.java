package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;

/** What operators and integrators rely on: health, the API description, hardened answers. */
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
                .contains("j_security_check", "User name", "Password");

        Reply page = Api.anonymous().get("customers/list.xhtml");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login.xhtml");
        assertThat(Api.as(DemoUsers.ADMIN).get("no-such-page.xhtml").body()).doesNotContain("at org.");
    }
}
