package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.SupplierAgreementsApi;
import org.sepakat.it.support.Unique;

/** SUP-7: the underpinning map and the alignment check over REST, as an integrating system sees them. */
@Tag("database")
class AlignmentApiIT extends DeployedEar {

    /** Users saving at once, and SLAs tried: enough that some saves meet inside the database. */
    private static final int SAVERS = 4;

    private static final int ROUNDS = 3;

    private final Api supman = Api.as(DemoUsers.SUPMAN);
    private final Api slaman = Api.as(DemoUsers.SLAMAN);
    private final Api auditor = Api.as(DemoUsers.AUDITOR);

    private long id(String list) {
        return slaman.firstId(list);
    }

    /** A draft SLA with one 99.9 % availability target. */
    private long sla() {
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        return slas.draft(slas.forFinanceEmail(Unique.code("SLA-AA"))
                        .targets("[{\"name\":\"Mail up\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                                + "\"threshold\":99.9,\"period\":\"MONTH\"}]"))
                .json()
                .getJsonNumber("id")
                .longValue();
    }

    /** An agreed OLA of the demo network team promising 99.5 % availability a month. */
    private long agreedOla() {
        long net = id("api/v1/suppliers?code=NET");
        long contact = id("api/v1/suppliers/" + net + "/contacts");
        SupplierAgreementsApi agreements = SupplierAgreementsApi.as(DemoUsers.SUPMAN);
        JsonObject draft = agreements.ola(net, Unique.code("OLA-AA"), "Relay availability", "99.5");
        return SupplierAgreementsApi.idOf(agreements.agree(draft, contact));
    }

    private static String map(long agreement, String supplierTarget, long version) {
        return "{\"targets\":[{\"slaTarget\":\"Mail up\",\"needsUnderpinning\":true,\"internalHandlingMinutes\":0}],"
                + "\"entries\":[{\"slaTarget\":\"Mail up\",\"agreementId\":" + agreement + ",\"supplierTarget\":\""
                + supplierTarget + "\"}],\"version\":" + version + "}";
    }

    private static List<String> fields(Reply refused) {
        return refused.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field"))
                .toList();
    }

    @Test
    @DisplayName("SUP-7: a map is written and read back; the SLA's alignment and the agreement's name the"
            + " misalignment with its numbers, reason and risk")
    void mapAndAlignmentOverRest() {
        long sla = sla();
        long ola = agreedOla();
        Reply empty = auditor.get("api/v1/slas/" + sla + "/underpinning");
        assertThat(empty.status()).as(empty.body()).isEqualTo(200);
        assertThat(empty.json().getInt("version")).isZero();

        Reply written = slaman.put("api/v1/slas/" + sla + "/underpinning", map(ola, "Relay availability", 0));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.json().getJsonArray("entries").getJsonObject(0).getString("supplierTarget"))
                .isEqualTo("Relay availability");
        assertThat(written.header("ETag"))
                .contains(String.valueOf(written.json().getInt("version")));

        Reply alignment = auditor.get("api/v1/slas/" + sla + "/alignment");
        assertThat(alignment.status()).as(alignment.body()).isEqualTo(200);
        JsonObject line = alignment
                .json()
                .getJsonArray("targets")
                .getJsonObject(0)
                .getJsonArray("lines")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(l -> l.getString("rule").equals("AVAILABILITY"))
                .findFirst()
                .orElseThrow();
        assertThat(line.getString("verdict")).isEqualTo("MISALIGNED");
        assertThat(line.getString("reason")).contains("99.5 %", "99.9 %");
        assertThat(line.getJsonArray("numbers").getString(0)).isEqualTo("99.5");
        assertThat(line.getString("riskNumber")).isNotBlank();

        Reply ofAgreement = auditor.get("api/v1/supplier-agreements/" + ola + "/alignment");
        assertThat(ofAgreement.status()).as(ofAgreement.body()).isEqualTo(200);
        assertThat(ofAgreement
                        .jsonArray()
                        .getJsonObject(0)
                        .getJsonNumber("slaId")
                        .longValue())
                .isEqualTo(sla);
    }

    @Test
    @DisplayName("SUP-7: a wrong line is refused naming it, an old version is a conflict, and the auditor may not"
            + " write a map")
    void refusalsNameTheFieldAndTheConflict() {
        long sla = sla();
        long ola = agreedOla();
        Reply wrong = slaman.put("api/v1/slas/" + sla + "/underpinning", map(ola, "No such target", 0));
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(fields(wrong)).containsExactly("entries[0].supplierTarget");

        Reply first = slaman.put("api/v1/slas/" + sla + "/underpinning", map(ola, "Relay availability", 0));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Reply stale = slaman.put("api/v1/slas/" + sla + "/underpinning", map(ola, "Relay availability", 0));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);

        Reply forbidden = auditor.put(
                "api/v1/slas/" + sla + "/underpinning",
                map(ola, "Relay availability", first.json().getInt("version")));
        assertThat(forbidden.status()).isEqualTo(403);
    }

    @Test
    @DisplayName("SUP-7: users saving the first map of one SLA at the same moment: one is stored, every other is told"
            + " of the conflict (409 problem+json), none meets a server error")
    void simultaneousFirstMapsAreAConflict() throws Exception {
        long ola = agreedOla();
        ExecutorService users = Executors.newFixedThreadPool(SAVERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long sla = sla();
                CyclicBarrier atOnce = new CyclicBarrier(SAVERS);
                List<Future<Reply>> saves = new ArrayList<>();
                for (int user = 0; user < SAVERS; user++) {
                    saves.add(users.submit(() -> {
                        atOnce.await(30, TimeUnit.SECONDS);
                        return slaman.put("api/v1/slas/" + sla + "/underpinning", map(ola, "Relay availability", 0));
                    }));
                }
                List<Reply> replies = new ArrayList<>();
                for (Future<Reply> save : saves) {
                    replies.add(save.get(2, TimeUnit.MINUTES));
                }
                assertThat(replies)
                        .as(replies.stream().map(Reply::body).toList().toString())
                        .extracting(Reply::status)
                        .containsOnly(200, 409)
                        .containsOnlyOnce(200);
                assertThat(replies)
                        .filteredOn(r -> r.status() == 409)
                        .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
                Reply stored = auditor.get("api/v1/slas/" + sla + "/underpinning");
                assertThat(stored.json().getJsonArray("entries")).hasSize(1);
            }
        } finally {
            users.shutdownNow();
        }
    }
}
