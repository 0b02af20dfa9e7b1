package org.sepakat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * Signs in through the application's login page the way a browser without JavaScript does: opens a page,
 * follows the redirects to the login form, fills in the text and password fields (keeping every hidden
 * field the form carries) and submits it to the form's action. Cookies are kept like a browser keeps them.
 */
public final class FormSignIn {

    private static final Pattern FORM =
            Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)/?>", Pattern.CASE_INSENSITIVE);

    /** What the sign-in left behind: the client with its cookies and the answer to the submitted form. */
    public record Session(HttpClient client, HttpResponse<String> answer, List<String> cookiesSet) {

        public HttpResponse<String> get(String url) {
            return send(client, HttpRequest.newBuilder(URI.create(url)).GET());
        }

        /** Posts form fields with extra headers given as name, value pairs (e.g. Faces-Request, Referer). */
        public HttpResponse<String> post(String url, Map<String, String> fields, String... headers) {
            return send(
                    client,
                    HttpRequest.newBuilder(URI.create(url))
                            .headers(headers)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(encoded(fields))));
        }
    }

    private FormSignIn() {}

    /** Signs in at {@code baseUrl} (plain HTTP or, with {@code tls}, HTTPS) by opening {@code index.xhtml}. */
    public static Session signIn(String baseUrl, SSLContext tls, String user, String password) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) {
            builder.sslContext(tls);
        }
        HttpClient client = builder.build();
        URI page = URI.create(baseUrl).resolve("index.xhtml");
        HttpResponse<String> answer = send(client, HttpRequest.newBuilder(page).GET());
        for (int hops = 0; answer.statusCode() / 100 == 3 && hops < 5; hops++) {
            page = page.resolve(answer.headers().firstValue("Location").orElseThrow());
            answer = send(client, HttpRequest.newBuilder(page).GET());
        }
        Matcher form = loginForm(answer.body());
        if (form == null) {
            throw new AssertionError(
                    "no login form at " + page + " (HTTP " + answer.statusCode() + "): " + answer.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            String name = attribute(input.group(1), "name");
            String type = attribute(input.group(1), "type");
            if (name == null) {
                continue;
            }
            String value = switch (type == null ? "text" : type.toLowerCase()) {
                case "password" -> password;
                case "text", "email" -> user;
                default -> attribute(input.group(1), "value");
            };
            fields.put(name, value == null ? "" : value);
        }
        String action = attribute(form.group(1), "action");
        URI target = page.resolve(action == null || action.isEmpty() ? page.getPath() : action.replace("&amp;", "&"));
        HttpResponse<String> submitted = send(
                client,
                HttpRequest.newBuilder(target)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded(fields))));
        return new Session(client, submitted, submitted.headers().allValues("Set-Cookie"));
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The first form with a password field: the page's other forms (e.g. a language choice) are not the login. */
    private static Matcher loginForm(String html) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (form.group(2).toLowerCase().contains("type=\"password\"")) {
                return form;
            }
        }
        return null;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE)
                .matcher(attributes);
        return value.find() ? value.group(1) : null;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
