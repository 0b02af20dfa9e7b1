package org.sepakat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;

/** An HTTP client for the REST API, as an integrating system would use it (HTTPS too, see {@link #overHttps()}). */
public final class Api {

    /** A response with its body parsed when it is JSON. */
    public record Reply(int status, String contentType, String body, HttpHeaders headers) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final HttpClient CLIENT = client(HttpClient.newBuilder());

    /** HTTPS to the test server, made when first needed: the server writes its keystore when it starts. */
    private static final class Https {
        static final HttpClient CLIENT =
                client(HttpClient.newBuilder().sslContext(TestServerCertificate.trustedAlone()));
    }

    private final String user;
    private final String password;
    private final String baseUrl;
    private final HttpClient client;

    private Api(String user, String password, String baseUrl, HttpClient client) {
        this.user = user;
        this.password = password;
        this.baseUrl = baseUrl;
        this.client = client;
    }

    /**
     * A plain HTTP client for the tests' other calls to the server: HTTP/1.1, as every client of the tests (the
     * default asks the server to upgrade to HTTP/2, and Liberty's HTTP/2 writer has been seen to hang a request
     * for good), and a bounded wait to connect.
     */
    public static HttpClient newClient() {
        return client(HttpClient.newBuilder());
    }

    private static HttpClient client(HttpClient.Builder builder) {
        return builder.version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static Api as(String user) {
        return new Api(user, DemoUsers.PASSWORD, DeployedEar.baseUrl(), CLIENT);
    }

    public static Api as(String user, String password) {
        return new Api(user, password, DeployedEar.baseUrl(), CLIENT);
    }

    public static Api anonymous() {
        return new Api(null, null, DeployedEar.baseUrl(), CLIENT);
    }

    /** The same user against another server, e.g. the crash test's own. */
    public Api at(String otherBaseUrl) {
        return new Api(user, password, otherBaseUrl, client);
    }

    /** The same user against another server over HTTPS, trusting what {@code tls} trusts. */
    public Api at(String otherHttpsBaseUrl, SSLContext tls) {
        return new Api(
                user,
                password,
                otherHttpsBaseUrl,
                client(HttpClient.newBuilder().sslContext(tls)));
    }

    /** The same user on the test server's HTTPS port, trusting the test server's own certificate and no other. */
    public Api overHttps() {
        return new Api(user, password, DeployedEar.httpsBaseUrl(), Https.CLIENT);
    }

    /**
     * The id of the first item a list answers, e.g. {@code api/v1/staff?username=relman}; a list that does not
     * answer 200, or answers no item, fails the test with what it answered.
     */
    public long firstId(String list) {
        Reply found = get(list);
        if (found.status() != 200 || found.json().getJsonArray("items").isEmpty()) {
            throw new AssertionError("no first item of " + list + ": " + found.status() + " " + found.body());
        }
        return found.json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** A binary answer (e.g. a PDF): the body is not decoded, only status and headers matter. */
    public Reply bytes(String path) {
        try {
            HttpResponse<byte[]> response = client.send(
                    request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    "",
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file as downloaded (PDF, CSV, workbook): status, type and the bytes as sent. */
    public record Download(int status, String contentType, byte[] body) {}

    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(
                    request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A PUT with one extra header, e.g. If-Match. */
    public Reply put(String path, String json, String headerName, String headerValue) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header(headerName, headerValue)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with one extra header, e.g. If-Match. */
    public Reply post(String path, String json, String headerName, String headerValue) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header(headerName, headerValue)
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply get(String path, String headerName, String headerValue) {
        return send(request(path).header(headerName, headerValue).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    /** Every JSON answer (not one sent compressed) is held to the API description on the way ({@link ApiSchema}). */
    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.headers().firstValue("Content-Encoding").isEmpty()) {
                ApiSchema.check(
                        request.method(), request.uri().getPath(), response.statusCode(), type, response.body());
            }
            return new Reply(response.statusCode(), type, response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
