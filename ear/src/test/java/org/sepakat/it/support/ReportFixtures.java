package org.sepakat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.sepakat.shared.entity.Period;

/** The EAR as built plus {@link ReportFixtureServlet} and {@link RiskFixtureServlet}, and the client side of the first. */
public final class ReportFixtures {

    private static final HttpClient CLIENT = Api.newClient();
    private static EnterpriseArchive withFixtures;

    private ReportFixtures() {}

    /** One instance for every class: {@link SharedDeployments} deploys it once for all of them. */
    public static EnterpriseArchive ear() {
        if (withFixtures == null) {
            withFixtures = DeployedEar.builtEar();
            withFixtures
                    .getAsType(WebArchive.class, "sepakat-web.war")
                    .addClasses(
                            ReportFixtureServlet.class, StoredReports.class, RiskFixtureServlet.class, DemoUsers.class);
        }
        return withFixtures;
    }

    /** Stores a sample report (see {@link StoredReports#sample}) and returns its id. */
    public static long store(
            long agreementId,
            String reference,
            long customerId,
            String customerCode,
            Period period,
            String response,
            long tickets) {
        return store(
                agreementId,
                reference,
                customerId,
                customerCode,
                period,
                response,
                tickets,
                StoredReports.AVAILABILITY,
                StoredReports.TICKETS);
    }

    /** As {@link #store(long, String, long, String, Period, String, long)}, naming the availability target and the limit. */
    public static long store(
            long agreementId,
            String reference,
            long customerId,
            String customerCode,
            Period period,
            String response,
            long tickets,
            String availability,
            String ticketLimit) {
        return store(
                agreementId,
                reference,
                customerId,
                customerCode,
                period,
                response,
                tickets,
                availability,
                ticketLimit,
                "");
    }

    /**
     * As {@link #store(long, String, long, String, Period, String, long)}, the limit's previous figure {@code previous}
     * as September's report gave it and {@code restated} as recomputed since.
     */
    public static long storeRestated(
            long agreementId,
            String reference,
            long customerId,
            String customerCode,
            Period period,
            String response,
            long tickets,
            String previous,
            String restated) {
        return store(
                agreementId,
                reference,
                customerId,
                customerCode,
                period,
                response,
                tickets,
                StoredReports.AVAILABILITY,
                StoredReports.TICKETS,
                "&previous=" + previous + "&restated=" + restated);
    }

    private static long store(
            long agreementId,
            String reference,
            long customerId,
            String customerCode,
            Period period,
            String response,
            long tickets,
            String availability,
            String ticketLimit,
            String extra) {
        String form = "agreementId=" + agreementId + "&reference=" + encode(reference) + "&customerId=" + customerId
                + "&customerCode=" + encode(customerCode) + "&period=" + period + "&response="
                + new BigDecimal(response).toPlainString() + "&tickets=" + tickets + "&availability="
                + encode(availability) + "&ticketLimit=" + encode(ticketLimit) + extra;
        try {
            HttpResponse<String> answer = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(DeployedEar.baseUrl() + "it/period-reports"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
