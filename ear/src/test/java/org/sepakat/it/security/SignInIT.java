package org.sepakat.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.LoginForm;
import org.sepakat.it.support.RawHttp;
import org.sepakat.it.support.RawHttp.Answer;
import org.sepakat.it.support.Unique;

/**
 * Signing in (issue #9, findings 6, 7, 12, 13): password guessing is throttled on the form and on
 * REST Basic alike, an unknown user name is answered like a known one, the session gets a new id,
 * the form cannot be posted from another site, and the way back after signing in stays on this
 * application. Every test that provokes failures connects from a loopback address of its own
 * (127.0.0.x), and lifts what it locked, so the rest of the suite (all from 127.0.0.1) is untouched.
 * Tagged database: the counts live in the database, and row locking differs between Derby and PostgreSQL.
 */
@Tag("database")
class SignInIT extends DeployedEar {

    private static final String SSO = LoginForm.SSO;

    /** What a test made wait or locked, lifted again however the test ended. */
    private final List<String> toLift = new ArrayList<>();

    @AfterEach
    void liftAll() {
        for (String subject : toLift) {
            int status = Api.as(DemoUsers.ADMIN)
                    .delete("api/v1/sign-in-failures/" + subject)
                    .status();
            assertThat(status).as("lifting " + subject).isEqualTo(204);
        }
        toLift.clear();
    }

    @Test
    @DisplayName(
            "Finding 6: 20 wrong passwords on the form, then the right one is refused with the lock message; an unknown user gets the same answers")
    void formGuessingEndsInALock() {
        String known = DemoUsers.SUPMAN;
        String unknown = "nobody-" + Unique.code("u").toLowerCase();
        toLift.addAll(List.of("users/" + known, "addresses/127.0.0.31", "addresses/127.0.0.32"));
        List<String> knownAnswers = guessOnTheForm("127.0.0.31", known);
        List<String> unknownAnswers = guessOnTheForm("127.0.0.32", unknown);
        assertThat(knownAnswers.get(0)).isEqualTo("/login.xhtml?failed=true");
        assertThat(knownAnswers.subList(12, 21))
                .as("locked for the lock's 15 minutes, the right password too")
                .containsOnly("/login.xhtml?locked=15");
        assertThat(unknownAnswers)
                .as("an unknown user name is answered exactly like a known one")
                .startsWith(knownAnswers.get(0))
                .endsWith(knownAnswers.subList(12, 21).toArray(String[]::new));

        RawHttp browser = RawHttp.from("127.0.0.31");
        Answer locked = browser.get("login.xhtml?locked=15");
        assertThat(locked.body()).contains("signing in is locked for 15 minutes");
        Answer indonesian = browser.get("login.xhtml?lang=id&locked=15");
        assertThat(indonesian.body()).contains("masuk dikunci selama 15 menit");

        Reply counts = adminCounts();
        assertThat(counts.user(known)).as("the administrator sees the count").isNotNull();
        assertThat(counts.user(known).getInt("total")).isGreaterThanOrEqualTo(21);
        assertThat(counts.user(known).getBoolean("locked")).isTrue();
        assertThat(Api.as(DemoUsers.RELMAN).get("api/v1/sign-in-failures").status())
                .isEqualTo(403);
        liftAll();
        Answer afterLift = LoginForm.signIn(RawHttp.from("127.0.0.31"), known, DemoUsers.PASSWORD, null);
        assertThat(afterLift.cookie(SSO))
                .as("after the administrator lifted the lock")
                .isNotNull();
    }

    /** 20 wrong passwords and the right one, as fast as a script would send them: where each answer sends the browser. */
    private static List<String> guessOnTheForm(String from, String user) {
        RawHttp browser = RawHttp.from(from);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            Answer answer = LoginForm.signIn(browser, user, i < 20 ? "wrong-" + i : DemoUsers.PASSWORD, null);
            assertThat(answer.status())
                    .as("attempt %d of %s: %s", i + 1, user, answer.body())
                    .isEqualTo(302);
            assertThat(answer.cookie(SSO))
                    .as("attempt %d of %s signed in", i + 1, user)
                    .isNull();
            answers.add(pathOf(answer.header("Location")));
        }
        return answers;
    }

    @Test
    @DisplayName(
            "Finding 6: 20 wrong passwords over REST Basic, then the right one is answered 429 problem+json; an unknown user gets the same")
    void basicGuessingEndsInALock() {
        String known = DemoUsers.SUPMAN;
        String unknown = "nobody-" + Unique.code("b").toLowerCase();
        toLift.addAll(List.of("users/" + known, "addresses/127.0.0.33", "addresses/127.0.0.34"));
        List<Answer> knownAnswers = guessOverBasic("127.0.0.33", known);
        List<Answer> unknownAnswers = guessOverBasic("127.0.0.34", unknown);
        assertThat(knownAnswers.get(0).status()).isEqualTo(401);
        assertThat(unknownAnswers.get(0).status()).isEqualTo(401);
        assertThat(unknownAnswers.get(0).body()).isEqualTo(knownAnswers.get(0).body());
        Answer right = knownAnswers.get(20);
        assertThat(right.status())
                .as("the right password after 20 wrong ones: %s", right.body())
                .isEqualTo(429);
        assertThat(right.header("Content-Type")).startsWith("application/problem+json");
        assertThat(right.body()).contains("Too many failed sign-ins").contains("try again in");
        assertThat(Long.parseLong(right.header("Retry-After"))).isBetween(800L, 900L);
        for (int i = 12; i < 21; i++) {
            assertThat(unknownAnswers.get(i).status())
                    .as("unknown user, attempt %d", i + 1)
                    .isEqualTo(429);
            assertThat(knownAnswers.get(i).status())
                    .as("known user, attempt %d", i + 1)
                    .isEqualTo(429);
            assertThat(unknownAnswers.get(i).body().replaceAll("\\d+", "N"))
                    .isEqualTo(knownAnswers.get(i).body().replaceAll("\\d+", "N"));
        }
        Answer indonesian = basic(RawHttp.from("127.0.0.33"), known, DemoUsers.PASSWORD, "Accept-Language", "id");
        assertThat(indonesian.body()).contains("Terlalu banyak upaya masuk yang gagal");
        liftAll();
        assertThat(basic(RawHttp.from("127.0.0.33"), known, DemoUsers.PASSWORD).status())
                .isEqualTo(200);
    }

    private static List<Answer> guessOverBasic(String from, String user) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            answers.add(basic(RawHttp.from(from), user, i < 20 ? "wrong-" + i : DemoUsers.PASSWORD));
        }
        return answers;
    }

    @Test
    @DisplayName("Finding 6: one address trying many user names is locked for every user name, other addresses are not")
    void addressSprayingEndsInALock() {
        String from = "127.0.0.35";
        toLift.add("addresses/" + from);
        int status = 0;
        for (int i = 0; i < 101 && status != 429; i++) {
            status = basic(
                            RawHttp.from(from),
                            "spray-" + i + "-" + Unique.code("s").toLowerCase(),
                            "guess")
                    .status();
        }
        assertThat(status).as("the address is refused before 101 attempts").isEqualTo(429);
        assertThat(basic(RawHttp.from(from), DemoUsers.AUDITOR, DemoUsers.PASSWORD)
                        .status())
                .as("a demo user's right password from that address")
                .isEqualTo(429);
        assertThat(Api.as(DemoUsers.AUDITOR).get("api/v1/customers").status())
                .as("from another address")
                .isEqualTo(200);
        Reply counts = adminCounts();
        assertThat(counts.address(from)).isNotNull();
        JsonObject auditor = counts.user(DemoUsers.AUDITOR);
        assertThat(auditor == null ? 0 : auditor.getInt("failures"))
                .as("refused for the address, not counted against the user")
                .isZero();
        liftAll();
        assertThat(basic(RawHttp.from(from), DemoUsers.AUDITOR, DemoUsers.PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("Finding 7: signing in gives the session a new id")
    void signingInRenewsTheSessionId() {
        RawHttp browser = RawHttp.from("127.0.0.1");
        String token = LoginForm.show(browser);
        String before = browser.cookies().get("JSESSIONID");
        assertThat(before).as("the login page's session").isNotNull();
        Answer signedIn = LoginForm.signIn(browser, DemoUsers.AUDITOR, DemoUsers.PASSWORD, token);
        assertThat(signedIn.cookie(SSO)).isNotNull();
        String after = browser.cookies().get("JSESSIONID");
        assertThat(after).isNotNull().isNotEqualTo(before);
        Answer start = browser.get("index.xhtml");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("logoutButton");
    }

    @Test
    @DisplayName(
            "Finding 12: a login POST from another site, or without the login page's token, signs nobody in; j_security_check is closed")
    void crossSiteLoginIsRefused() {
        RawHttp browser = RawHttp.from("127.0.0.1");
        String token = LoginForm.show(browser);
        Answer crossSite = browser.postForm(
                "sign-in",
                LoginForm.fields(DemoUsers.AUDITOR, DemoUsers.PASSWORD, token),
                "Sec-Fetch-Site",
                "cross-site",
                "Origin",
                "http://evil.example");
        assertThat(crossSite.cookie(SSO)).isNull();
        assertThat(pathOf(crossSite.header("Location"))).isEqualTo("/login.xhtml?expired=true");

        Answer noSession = RawHttp.from("127.0.0.1")
                .postForm("sign-in", LoginForm.fields(DemoUsers.AUDITOR, DemoUsers.PASSWORD, "forged") + "&lang=id");
        assertThat(noSession.cookie(SSO)).isNull();
        assertThat(pathOf(noSession.header("Location")))
                .as("back to the login page in the language it was shown in")
                .isEqualTo("/login.xhtml?lang=id&expired=true");
        assertThat(RawHttp.from("127.0.0.1")
                        .get("login.xhtml?lang=id&expired=true")
                        .body())
                .contains("Formulir masuk sudah kedaluwarsa");

        RawHttp other = RawHttp.from("127.0.0.1");
        LoginForm.show(other);
        Answer legacy = other.postForm(
                "j_security_check", "j_username=" + DemoUsers.AUDITOR + "&j_password=" + DemoUsers.PASSWORD);
        assertThat(legacy.cookie(SSO)).as("Liberty's own form login is closed").isNull();
        assertThat(other.get("index.xhtml").status()).as("not signed in").isEqualTo(302);
    }

    @Test
    @DisplayName(
            "Finding 13: a foreign WASReqURL never gives a 500 or an off-site redirect; the page asked for is reached")
    void returnPathStaysOnThisApplication() {
        for (String foreign : new String[] {
            "http://evil.example/steal",
            "//evil.example/x",
            "/\\evil.example",
            "https://evil.example:" + port() + "/customers/list.xhtml",
            "javascript:alert(1)",
            "%%%"
        }) {
            RawHttp browser = RawHttp.from("127.0.0.1");
            String token = LoginForm.show(browser);
            browser.cookies().put("WASReqURL", foreign);
            Answer answer = LoginForm.signIn(browser, DemoUsers.AUDITOR, DemoUsers.PASSWORD, token);
            assertThat(answer.status()).as(foreign).isEqualTo(302);
            assertThat(answer.header("Location")).as(foreign).isIn("/", DeployedEar.baseUrl());
        }
        RawHttp browser = RawHttp.from("127.0.0.1");
        Answer protectedPage = browser.get("customers/list.xhtml");
        assertThat(protectedPage.status()).isEqualTo(302);
        String token = LoginForm.show(browser);
        Answer answer = LoginForm.signIn(browser, DemoUsers.AUDITOR, DemoUsers.PASSWORD, token);
        assertThat(answer.header("Location")).endsWith("/customers/list.xhtml");
        assertThat(browser.get("customers/list.xhtml").status()).isEqualTo(200);
    }

    private static int port() {
        return java.net.URI.create(DeployedEar.baseUrl()).getPort();
    }

    private static Answer basic(RawHttp client, String user, String password, String... headers) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String[] all = new String[headers.length + 4];
        all[0] = "Authorization";
        all[1] = "Basic " + credentials;
        all[2] = "Accept";
        all[3] = "application/json";
        System.arraycopy(headers, 0, all, 4, headers.length);
        return client.get("api/v1/customers?size=1", all);
    }

    /** The path and query a redirect leads to, without scheme and host. */
    private static String pathOf(String location) {
        return location == null ? null : location.replaceFirst("^https?://[^/]+", "");
    }

    private record Reply(List<JsonObject> rows) {
        JsonObject user(String name) {
            return find("USER", name);
        }

        JsonObject address(String address) {
            return find("ADDRESS", address);
        }

        private JsonObject find(String kind, String subject) {
            return rows.stream()
                    .filter(r -> kind.equals(r.getString("kind")) && subject.equals(r.getString("subject")))
                    .findFirst()
                    .orElse(null);
        }
    }

    private static Reply adminCounts() {
        Api.Reply reply = Api.as(DemoUsers.ADMIN).get("api/v1/sign-in-failures");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new Reply(reply.jsonArray().stream().map(JsonValue::asJsonObject).toList());
    }
}
