package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;

/**
 * X-4: every page, REST operation and download of the application as deployed is in the role
 * table ({@code role-table.txt}), and each role gets exactly what the table gives it. A page or
 * endpoint added without a line there, or without its role check, fails this test.
 */
class RoleTableIT extends DeployedEar {

    private static final Map<String, String> USERS = Map.of(
            "administrator", DemoUsers.ADMIN,
            "relationship-manager", DemoUsers.RELMAN,
            "service-level-manager", DemoUsers.SLAMAN,
            "supplier-manager", DemoUsers.SUPMAN,
            "auditor", DemoUsers.AUDITOR);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** One line of the table: what ("page /x.xhtml", "api GET /api/v1/x", "servlet /x") and who may. */
    private record Entry(String what, String path, String method, Set<String> roles, boolean isPublic) {}

    private static Map<String, Entry> table;
    /** Each role's session cookies, signed in through the login page as a user would. */
    private static final Map<String, String> SESSIONS = new LinkedHashMap<>();

    @BeforeAll
    static void readTableAndSignIn() throws IOException {
        table = readTable();
        try (Browser browser = new Browser(baseUrl())) {
            for (Map.Entry<String, String> role : USERS.entrySet()) {
                browser.login(role.getValue(), DemoUsers.PASSWORD);
                SESSIONS.put(
                        role.getKey(),
                        browser.driver().manage().getCookies().stream()
                                .map(c -> c.getName() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
                browser.driver().manage().getCookies().stream()
                        .map(Cookie::getName)
                        .toList()
                        .forEach(name -> browser.driver().manage().deleteCookieNamed(name));
            }
        }
    }

    @Test
    @DisplayName(
            "Every deployed page, REST operation and download has a line in the role table, and every line is deployed")
    void theTableNamesExactlyWhatIsDeployed() {
        Set<String> deployed = new TreeSet<>();
        deployed.addAll(pagesInTheWar());
        deployed.addAll(servletsInTheWar());
        deployed.addAll(operationsInOpenApi());

        assertThat(new TreeSet<>(deployed))
                .as("deployed but missing from role-table.txt (add them with their roles)")
                .isSubsetOf(table.keySet());
        assertThat(new TreeSet<>(table.keySet()))
                .as("in role-table.txt but not deployed (remove or correct them)")
                .isSubsetOf(deployed);
    }

    @Test
    @DisplayName(
            "Each role opens exactly the pages and downloads the table gives it; anonymous users are sent to the login page")
    void pagesAndDownloadsCheckTheRole() {
        List<String> wrong = new ArrayList<>();
        for (Entry entry : table.values()) {
            if ("api".equals(entry.what())) {
                continue;
            }
            String anonymous = classify(page(entry.path(), null), !entry.isPublic());
            String expectedAnonymous = entry.isPublic() ? "open" : "login";
            if (!anonymous.equals(expectedAnonymous)) {
                wrong.add(entry.path() + " anonymous: " + anonymous + ", expected " + expectedAnonymous);
            }
            for (String role : USERS.keySet()) {
                check(wrong, entry, role, classify(page(entry.path(), SESSIONS.get(role)), !entry.isPublic()));
            }
        }
        assertThat(wrong)
                .as("pages and downloads whose role check disagrees with role-table.txt")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "Each role may call exactly the REST operations the table gives it; without credentials every one answers 401")
    void restOperationsCheckTheRole() {
        List<String> wrong = new ArrayList<>();
        for (Entry entry : table.values()) {
            if (!"api".equals(entry.what())) {
                continue;
            }
            String anonymous = classify(call(entry, null), false);
            if (!anonymous.equals("unauthenticated")) {
                wrong.add(entry.method() + " " + entry.path() + " anonymous: " + anonymous
                        + ", expected unauthenticated");
            }
            for (String role : USERS.keySet()) {
                check(wrong, entry, role, classify(call(entry, USERS.get(role)), false));
            }
        }
        assertThat(wrong)
                .as("REST operations whose role check disagrees with role-table.txt")
                .isEmpty();
    }

    private static void check(List<String> wrong, Entry entry, String role, String outcome) {
        String expected = entry.isPublic() || entry.roles().contains(role) ? "open" : "refused";
        if (!outcome.equals(expected)) {
            wrong.add((entry.method() == null ? "" : entry.method() + " ") + entry.path() + " as " + role + ": "
                    + outcome + ", expected " + expected);
        }
    }

    /**
     * open (any answer a permitted user gets, 404 and 400 included), refused (403), login (sent to
     * the login page, when {@code signInNeeded}), unauthenticated (401), or a server error.
     */
    private static String classify(HttpResponse<String> response, boolean signInNeeded) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status >= 500) {
            return "server error " + status;
        }
        if (status == 403) {
            return "refused";
        }
        if (status == 401) {
            return "unauthenticated";
        }
        if (signInNeeded && status == 302 && location.contains("/login.xhtml")) {
            return "login";
        }
        return "open";
    }

    private static HttpResponse<String> page(String path, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path.substring(1)))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return send(request);
    }

    /** Calls an operation with ids that name nothing and an empty JSON object: the role check comes first. */
    private static HttpResponse<String> call(Entry entry, String user) {
        String path = entry.path()
                .substring(1)
                .replace("{period}", "2000-01")
                .replace("{number}", "1")
                .replace("{externalId}", "no-such-record")
                .replaceAll("\\{[A-Za-z]+}", "0");
        HttpRequest.BodyPublisher body = "GET".equals(entry.method()) || "DELETE".equals(entry.method())
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(entry.method(), body);
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Entry> readTable() throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = RoleTableIT.class.getResourceAsStream("/role-table.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] words = trimmed.split("\\s+");
                boolean api = "api".equals(words[0]);
                String method = api ? words[1] : null;
                String path = api ? words[2] : words[1];
                List<String> who = List.of(words).subList(api ? 3 : 2, words.length);
                Set<String> roles =
                        who.contains("signed-in") || who.contains("public") ? USERS.keySet() : Set.copyOf(who);
                assertThat(USERS.keySet())
                        .as("roles named in role-table.txt for %s", path)
                        .containsAll(roles);
                Entry entry = new Entry(words[0], path, method, roles, who.contains("public"));
                entries.put(key(entry.what(), method, path), entry);
            }
        }
        return entries;
    }

    private static String key(String what, String method, String path) {
        return what + (method == null ? "" : " " + method) + " " + path;
    }

    private static WebArchive war() {
        EnterpriseArchive ear = builtEar();
        ArchivePath warPath = ear.getContent(p -> p.get().endsWith(".war"))
                .keySet()
                .iterator()
                .next();
        return ear.getAsType(WebArchive.class, warPath);
    }

    private static Set<String> pagesInTheWar() {
        return war().getContent(p -> p.get().endsWith(".xhtml")).keySet().stream()
                .map(ArchivePath::get)
                .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/META-INF/") && !p.startsWith("/resources/"))
                .map(p -> key("page", null, p))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The URL patterns of every {@code @WebServlet} among the WAR's own classes. */
    private static Set<String> servletsInTheWar() {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        war().getContent(p -> p.get().startsWith("/WEB-INF/classes/") && p.get().endsWith(".class"))
                .forEach((path, node) -> classes.put(className(path), bytes(node)));
        ClassLoader loader = new ClassLoader(RoleTableIT.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        Set<String> patterns = new TreeSet<>();
        String marker = "jakarta/servlet/annotation/WebServlet";
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            if (!new String(c.getValue(), StandardCharsets.ISO_8859_1).contains(marker)) {
                continue;
            }
            try {
                WebServlet servlet = Class.forName(c.getKey(), false, loader).getAnnotation(WebServlet.class);
                if (servlet != null) {
                    List.of(servlet.value()).forEach(p -> patterns.add(key("servlet", null, p)));
                    List.of(servlet.urlPatterns()).forEach(p -> patterns.add(key("servlet", null, p)));
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot read the servlet annotation of " + c.getKey(), e);
            }
        }
        return patterns;
    }

    private static String className(ArchivePath path) {
        String p = path.get().substring("/WEB-INF/classes/".length());
        return p.substring(0, p.length() - ".class".length()).replace('/', '.');
    }

    private static byte[] bytes(Node node) {
        try (InputStream in = node.getAsset().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> operationsInOpenApi() {
        Api.Reply reply = Api.anonymous().get("openapi");
        if (reply.status() == 401 || reply.status() == 302) {
            reply = Api.as(DemoUsers.ADMIN).get("openapi");
        }
        assertThat(reply.status()).as("the OpenAPI document").isEqualTo(200);
        JsonObject paths = reply.json().getJsonObject("paths");
        Set<String> operations = new TreeSet<>();
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (Set.of("get", "post", "put", "delete", "patch", "head", "options")
                        .contains(method)) {
                    operations.add(key("api", method.toUpperCase(java.util.Locale.ROOT), path));
                }
            }
        }
        return operations;
    }
}
