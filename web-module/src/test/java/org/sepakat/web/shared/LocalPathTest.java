package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocalPathTest {

    private static final String ORIGIN = "http://localhost:9080";

    @Test
    @DisplayName("The page Liberty remembered is reached when it is a path of this application on this origin")
    void sameOriginPathsAreKept() {
        assertThat(LocalPath.of("http://localhost:9080/customers/list.xhtml?status=ACTIVE", ORIGIN, ""))
                .isEqualTo("/customers/list.xhtml?status=ACTIVE");
        assertThat(LocalPath.of("http%3A%2F%2Flocalhost%3A9080%2Freports%2Flist.xhtml", ORIGIN, ""))
                .isEqualTo("/reports/list.xhtml");
        assertThat(LocalPath.of("/slas/view.xhtml?id=3", ORIGIN, "")).isEqualTo("/slas/view.xhtml?id=3");
        assertThat(LocalPath.of("http://:9080/customers/list.xhtml", ORIGIN, ""))
                .as("as Liberty writes it, without the host")
                .isEqualTo("/customers/list.xhtml");
    }

    @Test
    @DisplayName(
            "Finding 13: other hosts, scheme-relative and back-slash paths, other schemes and garbage lead to the start page")
    void everythingElseLeadsHome() {
        for (String foreign : new String[] {
            "http://evil.example/",
            "https://localhost:9080/x",
            "//evil.example/x",
            "/\\evil.example",
            "javascript:alert(1)",
            "%%%",
            "http://localhost:9080@evil.example/",
            "",
            "http://localhost:9080/login.xhtml",
            "http://:9443/x",
            "https://:9080/x",
            "/sign-in",
            "http://localhost:9080/a b",
            null
        }) {
            assertThat(LocalPath.of(foreign, ORIGIN, ""))
                    .as(String.valueOf(foreign))
                    .isEqualTo("/");
        }
        assertThat(LocalPath.of("http://localhost:9080/other/x", ORIGIN, "/app"))
                .isEqualTo("/app/");
    }
}
