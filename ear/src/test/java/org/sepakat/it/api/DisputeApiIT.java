package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.SupplierAgreementsApi;
import org.sepakat.it.support.Unique;

/** Supplier disputes over REST (issue 14 §4, SUP-12), as an integrating system sees them. */
@Tag("database")
class DisputeApiIT extends DeployedEar {

    private static final String DISPUTES = "api/v1/disputes";

    private final Api supman = Api.as(DemoUsers.SUPMAN);
    private final Api auditor = Api.as(DemoUsers.AUDITOR);
    private final Api slaman = Api.as(DemoUsers.SLAMAN);
    private final SupplierAgreementsApi agreements = SupplierAgreementsApi.as(DemoUsers.SUPMAN);

    private long supplier() {
        return agreements.supplier("INTERNAL_SUPPLIER", null).supplierId();
    }

    private static JsonObjectBuilder dispute(long supplierId, String subject) {
        return Json.createObjectBuilder()
                .add("supplierId", supplierId)
                .add("concerns", "Invoice INV-2026-044")
                .add("subject", subject)
                .add("description", "Service credits for the October outage were not applied")
                .add("amount", 1500000.5)
                .add("currency", "IDR")
                .add("owner", DemoUsers.SUPMAN);
    }

    private JsonObject created(JsonObjectBuilder body) {
        Reply created = supman.post(DISPUTES, body.build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location"))
                .endsWith("/" + DISPUTES + "/"
                        + created.json().getJsonNumber("id").longValue());
        return created.json();
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private static String version(JsonObject record) {
        return "{\"version\":" + record.getInt("version") + "}";
    }

    private static List<String> fields(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field"))
                .toList();
    }

    @Test
    @DisplayName("SUP-12: a recorded dispute is listed by supplier, status and text, and read with its facts")
    void recordAndRead() {
        long supplierId = supplier();
        String subject = Unique.code("Credits");
        JsonObject dispute = created(dispute(supplierId, subject));
        assertThat(dispute.getString("number")).matches("DSP-\\d{6,}");
        assertThat(dispute.getString("status")).isEqualTo("OPEN");
        assertThat(dispute.getString("raisedBy")).isEqualTo(DemoUsers.SUPMAN);
        assertThat(dispute.getString("currency")).isEqualTo("IDR");
        assertThat(dispute.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1500000.50");

        Reply list = auditor.get(DISPUTES + "?supplier=" + supplierId + "&status=OPEN&text=" + subject);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().getInt("total")).isEqualTo(1);
        assertThat(list.json().getJsonArray("items").getJsonObject(0).getString("number"))
                .isEqualTo(dispute.getString("number"));
        assertThat(auditor.get(DISPUTES + "?text=" + dispute.getString("number"))
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("400 names each bad field: subject, description, a negative amount, an unknown currency, the owner")
    void badInputNamesTheFields() {
        long supplierId = supplier();
        JsonObjectBuilder bad = Json.createObjectBuilder()
                .add("supplierId", supplierId)
                .add("subject", " ")
                .add("amount", -1)
                .add("currency", "XQZ")
                .add("owner", "nobody-" + Unique.code("x"));
        assertThat(fields(supman.post(DISPUTES, bad.build().toString())))
                .contains("subject", "description", "amount", "currency", "owner");
        assertThat(fields(supman.post(DISPUTES, "{\"subject\":\"x\"}"))).contains("supplierId");
    }

    @Test
    @DisplayName(
            "SUP-12: the agreement named must be one of the supplier's; the supplier's own is kept with its reference")
    void agreementOfTheSupplier() {
        long supplierId = supplier();
        String reference = Unique.code("OLA");
        long agreementId = SupplierAgreementsApi.idOf(agreements.ola(supplierId, reference, "Relay", "99.5"));
        long other = supplier();

        Reply foreign = supman.post(
                DISPUTES,
                dispute(other, "Wrong").add("agreementId", agreementId).build().toString());
        assertThat(fields(foreign)).containsExactly("agreementId");

        JsonObject own = created(dispute(supplierId, "Relay outage").add("agreementId", agreementId));
        assertThat(own.getString("agreementReference")).isEqualTo(reference);
    }

    @Test
    @DisplayName("SUP-12: negotiate, escalate, resolve (outcome required), close; a stale version is 409, a closed "
            + "dispute is final (422)")
    void lifecycle() {
        JsonObject dispute = created(dispute(supplier(), "Lifecycle"));
        String path = DISPUTES + "/" + id(dispute);

        Reply negotiated = supman.post(path + "/negotiate", version(dispute));
        assertThat(negotiated.status()).as(negotiated.body()).isEqualTo(200);
        assertThat(negotiated.json().getString("status")).isEqualTo("UNDER_NEGOTIATION");

        Reply stale = supman.post(path + "/escalate", version(dispute));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        Reply escalated = supman.post(path + "/escalate", version(negotiated.json()));
        assertThat(escalated.json().getString("status")).isEqualTo("ESCALATED");

        Reply noOutcome = supman.post(
                path + "/resolve",
                "{\"resolution\":\"Credit note\",\"version\":"
                        + escalated.json().getInt("version") + "}");
        assertThat(fields(noOutcome)).containsExactly("outcome");

        Reply early = supman.post(path + "/close", version(escalated.json()));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().getString("rule")).isEqualTo("SUP-12");

        Reply resolved = supman.post(
                path + "/resolve",
                "{\"outcome\":\"CREDIT\",\"resolution\":\"Credit note CN-77\",\"version\":"
                        + escalated.json().getInt("version") + "}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().getString("outcome")).isEqualTo("CREDIT");

        Reply edited = supman.put(
                path,
                dispute(dispute.getJsonNumber("supplierId").longValue(), "Too late")
                        .add("version", resolved.json().getInt("version"))
                        .build()
                        .toString());
        assertThat(edited.status()).isEqualTo(422);

        Reply closed = supman.post(path + "/close", version(resolved.json()));
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        Reply again = supman.post(path + "/escalate", version(closed.json()));
        assertThat(again.status()).isEqualTo(422);
        assertThat(auditor.get(path).json().getString("status")).isEqualTo("CLOSED");
    }

    @Test
    @DisplayName(
            "X-3: a resolved dispute raises one improvement opportunity (a supplier shortfall owned by the dispute's"
                    + " owner), the same again while it is open; an unresolved one is refused (422), the auditor may not (403)")
    void resolvedDisputeRaisesAnImprovement() {
        JsonObject dispute = created(dispute(supplier(), "Improve reporting"));
        String path = DISPUTES + "/" + id(dispute);
        Reply early = supman.post(path + "/improvement", "{}");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().getString("rule")).isEqualTo("SUP-12");

        Reply resolved = supman.post(
                path + "/resolve",
                "{\"outcome\":\"SETTLEMENT\",\"resolution\":\"Monthly report on the 5th\",\"version\":"
                        + dispute.getInt("version") + "}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(auditor.post(path + "/improvement", "{}").status()).isEqualTo(403);

        Reply raised = supman.post(path + "/improvement", "{}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        long improvementId = raised.json().getJsonNumber("improvementId").longValue();
        Reply again = supman.post(path + "/improvement", "{}");
        assertThat(again.json().getJsonNumber("improvementId").longValue()).isEqualTo(improvementId);

        JsonObject improvement =
                supman.get("api/v1/improvements/" + improvementId).json();
        assertThat(improvement.getString("number")).isEqualTo(raised.json().getString("improvementNumber"));
        assertThat(improvement.getString("sourceKind")).isEqualTo("SUPPLIER_SHORTFALL");
        assertThat(improvement.getString("title")).startsWith(dispute.getString("number") + ": Improve reporting");
        assertThat(improvement.getString("owner")).isEqualTo(DemoUsers.SUPMAN);
    }

    @Test
    @DisplayName("X-4: the auditor and a service level manager read disputes but may not record or move them (403)")
    void readersOnlyRead() {
        long supplierId = supplier();
        JsonObject dispute = created(dispute(supplierId, "Read only"));
        String path = DISPUTES + "/" + id(dispute);
        assertThat(auditor.get(path).status()).isEqualTo(200);
        assertThat(auditor.post(DISPUTES, dispute(supplierId, "x").build().toString())
                        .status())
                .isEqualTo(403);
        assertThat(auditor.post(path + "/negotiate", version(dispute)).status()).isEqualTo(403);
        assertThat(slaman.post(path + "/close", version(dispute)).status()).isEqualTo(403);
        assertThat(supman.get(path).json().getString("status")).isEqualTo("OPEN");
    }
}
