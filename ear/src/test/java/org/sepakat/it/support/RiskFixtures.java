package org.sepakat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The client side of {@link RiskFixtureServlet}, deployed with {@link ReportFixtures#ear()}. */
public final class RiskFixtures {

    private static final HttpClient CLIENT = Api.newClient();

    private RiskFixtures() {}

    /** Raises a finding for {@code key} about the target "Response P1" of SLA-FIN-2026; returns the risk's id. */
    public static long raise(String key, String title, String finding, Long customerId, Long slaId) {
        return raise(key, title, finding, customerId, slaId, "SLA-FIN-2026");
    }

    /** As {@link #raise(String, String, String, Long, Long)}, for the SLA {@code slaReference}. */
    public static long raise(
            String key, String title, String finding, Long customerId, Long slaId, String slaReference) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", key);
        form.put("title", title);
        form.put("finding", finding);
        form.put("customerId", customerId == null ? "" : customerId.toString());
        form.put("slaId", slaId == null ? "" : slaId.toString());
        form.put("slaReference", slaReference);
        form.put("slaTarget", "Response P1");
        form.put("agreementReference", "UC-HOST-2026");
        form.put("agreementTarget", "Response P1 (hosting)");
        return post(form);
    }

    /** A later check found the finding for {@code key} gone; returns the risk's id. */
    public static long aligned(String key, String evidence) {
        return post(Map.of("key", key, "aligned", evidence));
    }

    private static long post(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(DeployedEar.baseUrl() + "it/risks"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("fixture refused: " + answer.statusCode() + " " + answer.body());
            }
            return Long.parseLong(answer.body().trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
