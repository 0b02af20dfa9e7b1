package org.sepakat.it.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.SupplierAgreementsApi;
import org.sepakat.it.support.Unique;

/**
 * The dispute register end to end on the database (SUP-12): to closure with its history, unique
 * numbers when many are recorded at once, the owner defaulting to the contract manager, and the
 * supplier scope of a relationship manager.
 */
@Tag("database")
class SupplierDisputesIT extends DeployedEar {

    private static final String DISPUTES = "api/v1/disputes";

    private final Api supman = Api.as(DemoUsers.SUPMAN);
    private final Api admin = Api.as(DemoUsers.ADMIN);
    private final SupplierAgreementsApi agreements = SupplierAgreementsApi.as(DemoUsers.SUPMAN);

    private static String body(long supplierId, String subject, String owner) {
        return "{\"supplierId\":" + supplierId + ",\"subject\":\"" + subject + "\","
                + "\"description\":\"Penalty for late reports\",\"amount\":250,\"currency\":\"USD\""
                + (owner == null ? "" : ",\"owner\":\"" + owner + "\"") + "}";
    }

    private JsonObject created(long supplierId, String subject) {
        Reply created = supman.post(DISPUTES, body(supplierId, subject, DemoUsers.SUPMAN));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static String version(JsonObject record) {
        return "{\"version\":" + record.getInt("version") + "}";
    }

    @Test
    @DisplayName(
            "SUP-12: recorded, negotiated, resolved with an outcome and closed; the history keeps every step (X-1)")
    void toClosure() {
        long supplierId = agreements.supplier("INTERNAL_SUPPLIER", null).supplierId();
        JsonObject dispute = created(supplierId, "Late reports penalty");
        String path = DISPUTES + "/" + dispute.getJsonNumber("id").longValue();
        JsonObject negotiated =
                supman.post(path + "/negotiate", version(dispute)).json();
        JsonObject resolved = supman.post(
                        path + "/resolve",
                        "{\"outcome\":\"SETTLEMENT\",\"resolution\":\"Half the penalty\",\"version\":"
                                + negotiated.getInt("version") + "}")
                .json();
        Reply closed = supman.post(path + "/close", version(resolved));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getString("resolution")).isEqualTo("Half the penalty");

        Reply history = admin.get("api/v1/history?recordType=SupplierDispute&recordKey=" + dispute.getString("number"));
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("UNDER_NEGOTIATION", "RESOLVED", "CLOSED", "SETTLEMENT");
    }

    @Test
    @DisplayName("SUP-12: disputes recorded at the same moment each get their own number")
    void numbersUniqueUnderConcurrentCreates() throws Exception {
        long supplierId = agreements.supplier("INTERNAL_SUPPLIER", null).supplierId();
        String subject = Unique.code("Same");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Reply>> replies = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> Api.as(DemoUsers.SUPMAN).post(DISPUTES, body(supplierId, subject, DemoUsers.SUPMAN)),
                            pool))
                    .toList();
            List<String> numbers = replies.stream()
                    .map(CompletableFuture::join)
                    .peek(r -> assertThat(r.status()).as(r.body()).isEqualTo(201))
                    .map(r -> r.json().getString("number"))
                    .toList();
            assertThat(numbers).doesNotHaveDuplicates().hasSize(6);
        } finally {
            pool.shutdown();
        }
        assertThat(supman.get(DISPUTES + "?text=" + subject).json().getInt("total"))
                .isEqualTo(6);
    }

    @Test
    @DisplayName(
            "SUP-12: without a named owner the supplier's contract manager owns the dispute; with none, the owner is asked for")
    void ownerDefaultsToTheContractManager() {
        long supplierId = agreements.supplier("INTERNAL_SUPPLIER", null).supplierId();
        Reply unowned = supman.post(DISPUTES, body(supplierId, "Nobody", null));
        assertThat(unowned.status()).as(unowned.body()).isEqualTo(400);
        assertThat(unowned.body()).contains("\"field\":\"owner\"");

        long slamanId = admin.firstId("api/v1/staff?username=" + DemoUsers.SLAMAN);
        Reply appointed = supman.put("api/v1/suppliers/" + supplierId + "/managers/CONTRACT/" + slamanId, null);
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(200);
        Reply owned = supman.post(DISPUTES, body(supplierId, "Contract manager's", null));
        assertThat(owned.status()).as(owned.body()).isEqualTo(201);
        assertThat(owned.json().getString("owner")).isEqualTo(DemoUsers.SLAMAN);
    }

    @Test
    @DisplayName("X-4: a relationship manager sees only the disputes of the suppliers he reads; others are 'not found'")
    void relationshipManagerScope() {
        long finance = admin.firstId("api/v1/customers?code=FIN");
        long hr = admin.firstId("api/v1/customers?code=HR");
        long his = agreements.supplier("CUSTOMER_AS_SUPPLIER", finance).supplierId();
        long notHis = agreements.supplier("CUSTOMER_AS_SUPPLIER", hr).supplierId();
        String subject = Unique.code("Scope");
        JsonObject seen = created(his, subject);
        JsonObject hidden = created(notHis, subject);

        Api relman = Api.as(DemoUsers.RELMAN);
        Reply listed = relman.get(DISPUTES + "?text=" + subject);
        assertThat(listed.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("number"))
                .containsExactly(seen.getString("number"));
        assertThat(relman.get(DISPUTES + "/" + hidden.getJsonNumber("id").longValue())
                        .status())
                .isEqualTo(404);
        assertThat(relman.get(DISPUTES + "/" + seen.getJsonNumber("id").longValue())
                        .status())
                .isEqualTo(200);
        assertThat(admin.get(DISPUTES + "?text=" + subject).json().getInt("total"))
                .isEqualTo(2);
    }
}
