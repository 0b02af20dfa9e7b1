package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.ReportFixtures;
import org.sepakat.it.support.RiskFixtures;
import org.sepakat.it.support.Unique;

/** The risk register (SUP-7) over REST, as an integrating system sees it; risks raised as the alignment check does. */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class RiskApiIT {

    private final Api slaman = Api.as(DemoUsers.SLAMAN);
    private final Api auditor = Api.as(DemoUsers.AUDITOR);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ReportFixtures.ear();
    }

    private static long raise(String title, Long customerId) {
        return RiskFixtures.raise(
                Unique.code("sla") + "/target:P1", title, "supplier 8 h + 1 h > 4 h", customerId, null);
    }

    private static String version(JsonObject record) {
        return "\"version\":" + record.getInt("version");
    }

    @Test
    @DisplayName(
            "SUP-7: a raised risk is listed and read; treated (accepting needs a reason, named), refused on a stale "
                    + "version (409), closed with evidence, then final (422)")
    void treatAndCloseThroughTheApi() {
        String title = Unique.code("ResponseP1");
        long id = raise(title, null);

        Reply list = slaman.get("api/v1/risks?text=" + title + "&status=OPEN&aligned=false");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().getInt("total")).isEqualTo(1);
        JsonObject risk = slaman.get("api/v1/risks/" + id).json();
        assertThat(risk.getString("number")).matches("RSK-\\d{6,}");
        assertThat(risk.getString("status")).isEqualTo("OPEN");
        assertThat(risk.getString("likelihood")).isEqualTo("MEDIUM");
        assertThat(risk.getString("slaReference")).isEqualTo("SLA-FIN-2026");
        assertThat(risk.getString("agreementReference")).isEqualTo("UC-HOST-2026");
        assertThat(risk.getString("owner")).isEqualTo(DemoUsers.SLAMAN);

        Reply noReason = slaman.put(
                "api/v1/risks/" + id + "/treatment",
                "{\"likelihood\":\"HIGH\",\"impact\":\"HIGH\",\"treatment\":\"ACCEPT\"," + version(risk) + "}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(noReason.body()).contains("\"field\":\"acceptanceReason\"");

        String mitigate = "{\"likelihood\":\"HIGH\",\"impact\":\"LOW\",\"treatment\":\"MITIGATE\","
                + "\"plan\":\"Night rota\",\"reviewOn\":\"" + LocalDate.now().plusDays(30) + "\",";
        Reply treated = slaman.put("api/v1/risks/" + id + "/treatment", mitigate + version(risk) + "}");
        assertThat(treated.status()).as(treated.body()).isEqualTo(200);
        assertThat(treated.json().getString("status")).isEqualTo("TREATED");
        assertThat(treated.json().getString("treatment")).isEqualTo("MITIGATE");

        Reply stale = slaman.put("api/v1/risks/" + id + "/treatment", mitigate + version(risk) + "}");
        assertThat(stale.status()).isEqualTo(409);

        Reply noEvidence = slaman.post("api/v1/risks/" + id + "/close", "{" + version(treated.json()) + "}");
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.body()).contains("\"field\":\"evidence\"");
        Reply closed = slaman.post(
                "api/v1/risks/" + id + "/close", "{\"evidence\":\"Rota since 1 Dec\"," + version(treated.json()) + "}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");

        Reply afterwards = slaman.put("api/v1/risks/" + id + "/treatment", mitigate + version(closed.json()) + "}");
        assertThat(afterwards.status()).isEqualTo(422);
        assertThat(afterwards.json().getString("rule")).isEqualTo("SUP-7");
    }

    @Test
    @DisplayName("X-4: the auditor reads risks and may not treat or close them (403)")
    void auditorOnlyReads() {
        long id = raise(Unique.code("Audited"), null);
        Reply read = auditor.get("api/v1/risks/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(auditor.put(
                                "api/v1/risks/" + id + "/treatment",
                                "{\"likelihood\":\"LOW\",\"impact\":\"LOW\",\"treatment\":\"ACCEPT\","
                                        + "\"acceptanceReason\":\"x\"," + version(read.json()) + "}")
                        .status())
                .isEqualTo(403);
        assertThat(auditor.post("api/v1/risks/" + id + "/close", "{\"evidence\":\"x\"," + version(read.json()) + "}")
                        .status())
                .isEqualTo(403);
        assertThat(slaman.get("api/v1/risks/" + id).json().getString("status")).isEqualTo("OPEN");
    }

    @Test
    @DisplayName(
            "X-4: a relationship manager reads only the risks of the customers in his scope; others are 'not found'")
    void relationshipManagersSeeTheirCustomers() {
        Api admin = Api.as(DemoUsers.ADMIN);
        Reply customer = admin.post(
                "api/v1/customers",
                "{\"code\":\"" + Unique.code("RSK") + "\",\"name\":\"Risky Ltd\",\"kind\":\"EXTERNAL\"}");
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        long customerId = customer.json().getJsonNumber("id").longValue();
        String title = Unique.code("Scoped");
        long theirs = raise(title, customerId);
        long nobodys = raise(title, null);

        Api relman = Api.as(DemoUsers.RELMAN);
        Reply listed = relman.get("api/v1/risks?text=" + title);
        assertThat(listed.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("id").longValue())
                .containsExactly(nobodys);
        assertThat(relman.get("api/v1/risks/" + theirs).status()).isEqualTo(404);
        assertThat(slaman.get("api/v1/risks?text=" + title).json().getInt("total"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("SUP-7: the same finding raised by several requests at once opens exactly one risk")
    void concurrentRaisesOpenOneRisk() throws Exception {
        String key = Unique.code("sla") + "/target:P1";
        String title = Unique.code("Race");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Long>> raised = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> RiskFixtures.raise(key, title, "finding " + i, null, null), pool))
                    .toList();
            List<Long> ids =
                    raised.stream().map(CompletableFuture::join).distinct().toList();
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(slaman.get("api/v1/risks?text=" + title).json().getInt("total"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("SUP-7: a risk a later check found aligned says so, with the evidence, and the list filters on it")
    void alignedRisksAreMarked() {
        String key = Unique.code("sla") + "/target:P1";
        String title = Unique.code("Aligned");
        long id = RiskFixtures.raise(key, title, "8 h > 4 h", null, null);
        assertThat(RiskFixtures.aligned(key, "Supplier now 2 h on 24x7")).isEqualTo(id);
        JsonObject risk = slaman.get("api/v1/risks/" + id).json();
        assertThat(risk.getString("alignedEvidence")).isEqualTo("Supplier now 2 h on 24x7");
        assertThat(risk.getString("alignedSince")).isNotBlank();
        assertThat(slaman.get("api/v1/risks?aligned=true&text=" + title).json().getInt("total"))
                .isEqualTo(1);
        assertThat(slaman.get("api/v1/risks?aligned=false&text=" + title).json().getInt("total"))
                .isZero();
    }
}
