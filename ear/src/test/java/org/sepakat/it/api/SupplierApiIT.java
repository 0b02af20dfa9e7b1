package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.Unique;

/** The supplier register over REST (issue 13 §1, SUP-1, SUP-8), as an integrating system sees it. */
@Tag("database")
class SupplierApiIT extends DeployedEar {

    private final Api supman = Api.as(DemoUsers.SUPMAN);
    private final Api admin = Api.as(DemoUsers.ADMIN);
    private final Api relman = Api.as(DemoUsers.RELMAN);
    private final Api auditor = Api.as(DemoUsers.AUDITOR);
    private final Api slaman = Api.as(DemoUsers.SLAMAN);

    private JsonObject create(Api api, String code, String name, String kind, Long customerId) {
        Reply created = api.post(
                "api/v1/suppliers",
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\""
                        + (customerId == null ? "" : ",\"customerId\":" + customerId) + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location"))
                .endsWith("/api/v1/suppliers/"
                        + created.json().getJsonNumber("id").longValue());
        return created.json();
    }

    private JsonObject external(String prefix) {
        return create(supman, Unique.code(prefix), "PT Contoh Pemasok", "EXTERNAL_SUPPLIER", null);
    }

    private long id(String list) {
        return admin.firstId(list);
    }

    private long staffId(String username) {
        return id("api/v1/staff?username=" + username);
    }

    private Reply appoint(long supplier, String responsibility, String username) {
        Reply appointed = supman.put(
                "api/v1/suppliers/" + supplier + "/managers/" + responsibility + "/" + staffId(username), null);
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(200);
        return appointed;
    }

    private static void refusedBy(Reply reply, int status, String rule, String... words) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (rule != null) {
            assertThat(reply.json().getString("rule")).isEqualTo(rule);
        }
        for (String word : words) {
            assertThat(reply.json().getString("detail")).contains(word);
        }
    }

    @Test
    @DisplayName(
            "SUP-1: a supplier is created as a prospect, its activation is refused naming each responsibility still"
                    + " missing, and with all three held (one person may hold several) it becomes active; the history has it")
    void activationWaitsForTheThreeResponsibilities() {
        JsonObject supplier = external("SUP");
        long id = supplier.getJsonNumber("id").longValue();
        String code = supplier.getString("code");
        assertThat(supplier.getString("status")).isEqualTo("PROSPECT");
        assertThat(supplier.getString("createdBy")).isEqualTo(DemoUsers.SUPMAN);

        refusedBy(
                supman.post("api/v1/suppliers/" + id + "/activate", "{\"version\":" + supplier.getInt("version") + "}"),
                422,
                "SUP-1",
                code,
                "Relationship");
        appoint(id, "RELATIONSHIP", DemoUsers.SUPMAN);
        Reply contract = appoint(id, "CONTRACT", DemoUsers.SUPMAN);
        refusedBy(
                supman.post(
                        "api/v1/suppliers/" + id + "/activate",
                        "{\"version\":" + contract.json().getInt("version") + "}"),
                422,
                "SUP-1",
                "Performance");
        Reply performance = appoint(id, "PERFORMANCE", DemoUsers.ADMIN);
        assertThat(performance.json().getJsonArray("missingResponsibilities")).isEmpty();
        Reply activated = supman.post(
                "api/v1/suppliers/" + id + "/activate",
                "{\"version\":" + performance.json().getInt("version") + "}");
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        assertThat(activated.json().getString("status")).isEqualTo("ACTIVE");

        refusedBy(
                supman.delete("api/v1/suppliers/" + id + "/managers/PERFORMANCE/" + staffId(DemoUsers.ADMIN)),
                422,
                "SUP-1",
                "Performance");
        refusedBy(
                supman.delete("api/v1/suppliers/" + id + "?version="
                        + activated.json().getInt("version")),
                422,
                "SUP-1",
                code);

        Reply listed = supman.get("api/v1/suppliers?code=" + code + "&status=ACTIVE&mine=true");
        assertThat(listed.json().getInt("total")).isEqualTo(1);

        Reply history = auditor.get("api/v1/history?recordType=Supplier&recordKey=" + code + "&size=100");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        List<String> changes = history.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("field", "") + "=" + h.getString("newValue", ""))
                .toList();
        assertThat(changes)
                .contains(
                        "status=ACTIVE",
                        "relationshipManagers=" + DemoUsers.SUPMAN,
                        "performanceManagers=" + DemoUsers.ADMIN);
    }

    @Test
    @DisplayName("X-1: a change based on a stale version gets 409 and changes nothing")
    void staleVersionIsAConflict() {
        JsonObject supplier = external("VER");
        long id = supplier.getJsonNumber("id").longValue();
        String code = supplier.getString("code");
        int read = supplier.getInt("version");
        Reply first = supman.put(
                "api/v1/suppliers/" + id,
                "{\"code\":\"" + code + "\",\"name\":\"First\",\"kind\":\"EXTERNAL_SUPPLIER\",\"version\":" + read
                        + "}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Reply stale = supman.put(
                "api/v1/suppliers/" + id,
                "{\"code\":\"" + code + "\",\"name\":\"Second\",\"kind\":\"EXTERNAL_SUPPLIER\",\"version\":" + read
                        + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(supman.get("api/v1/suppliers/" + id).json().getString("name"))
                .isEqualTo("First");
        assertThat(supman.post("api/v1/suppliers/" + id + "/activate", "{\"version\":" + read + "}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    @DisplayName("X-4: relationship managers, service level managers and auditors cannot write (403); the auditor and a"
            + " service level manager read every supplier; a relationship manager reads only customers of his"
            + " acting as suppliers")
    void rolesAreChecked() {
        JsonObject supplier = external("ROLE");
        long id = supplier.getJsonNumber("id").longValue();
        String body = "{\"code\":\"" + Unique.code("NO") + "\",\"name\":\"x\",\"kind\":\"EXTERNAL_SUPPLIER\"}";
        assertThat(relman.post("api/v1/suppliers", body).status()).isEqualTo(403);
        assertThat(auditor.post("api/v1/suppliers", body).status()).isEqualTo(403);
        assertThat(auditor.put("api/v1/suppliers/" + id, supplier.toString()).status())
                .isEqualTo(403);
        assertThat(auditor.post("api/v1/suppliers/" + id + "/contacts", "{\"name\":\"Nobody\"}")
                        .status())
                .isEqualTo(403);
        assertThat(relman.delete("api/v1/suppliers/" + id + "?version=0").status())
                .isEqualTo(403);
        assertThat(auditor.get("api/v1/suppliers/" + id).status()).isEqualTo(200);
        assertThat(slaman.get("api/v1/suppliers/" + id).status()).isEqualTo(200);
        assertThat(slaman.post("api/v1/suppliers", body).status()).isEqualTo(403);

        assertThat(relman.get("api/v1/suppliers/" + id).status())
                .as("an external supplier is behind no customer of his")
                .isEqualTo(404);
        long finance = id("api/v1/customers?code=FIN");
        long hr = id("api/v1/customers?code=HR");
        JsonObject his = create(supman, Unique.code("CUS"), "Finance as a supplier", "CUSTOMER_AS_SUPPLIER", finance);
        JsonObject notHis = create(supman, Unique.code("CUS"), "HR as a supplier", "CUSTOMER_AS_SUPPLIER", hr);
        assertThat(relman.get("api/v1/suppliers/" + his.getJsonNumber("id").longValue())
                        .status())
                .isEqualTo(200);
        assertThat(relman.get("api/v1/suppliers/" + notHis.getJsonNumber("id").longValue())
                        .status())
                .isEqualTo(404);
        assertThat(relman.get("api/v1/suppliers?code=" + notHis.getString("code"))
                        .json()
                        .getInt("total"))
                .isZero();
        assertThat(relman.get("api/v1/suppliers?code=" + his.getString("code"))
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("X-4, SUP-7: a relationship manager reads the suppliers behind his customers' SLAs: the demo SLA of"
            + " FIN is underpinned by the hosting contract (HOST-ID) and the network OLA (NET)")
    void relationshipManagerReadsTheSuppliersBehindHisCustomersSlas() {
        Reply listed = relman.get("api/v1/suppliers?size=100");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("code")))
                .as(listed.body())
                .contains("HOST-ID", "NET");
        long host = id("api/v1/suppliers?code=HOST-ID");
        assertThat(relman.get("api/v1/suppliers/" + host).status()).isEqualTo(200);
        Reply agreements = relman.get("api/v1/supplier-agreements?supplier=" + host);
        assertThat(agreements.status()).as(agreements.body()).isEqualTo(200);
        assertThat(agreements.json().getInt("total")).as(agreements.body()).isPositive();
    }

    @Test
    @DisplayName(
            "SUP-1: every problem of a supplier is named at once: a customer acting as a supplier names the customer")
    void allProblemsAtOnce() {
        Reply refused =
                supman.post("api/v1/suppliers", "{\"code\":\"\",\"name\":\"\",\"kind\":\"CUSTOMER_AS_SUPPLIER\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                        .map(v -> v.getString("field")))
                .contains("code", "name", "customerId");
    }

    @Test
    @DisplayName("SUP-8: contacts and interfaces of a supplier; an interface past its review date is overdue, every"
            + " missing field is named, a contact an interface names stays, and changes are in the history")
    void contactsAndInterfaces() {
        JsonObject supplier = external("IF");
        long id = supplier.getJsonNumber("id").longValue();
        String code = supplier.getString("code");
        Reply contact = supman.post(
                "api/v1/suppliers/" + id + "/contacts",
                "{\"name\":\"Agus Wijaya\",\"email\":\"agus@awan.example\",\"phone\":\"+62 21 555 0199\","
                        + "\"role\":\"Service desk lead\"}");
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        long contactId = contact.json().getJsonNumber("id").longValue();

        Reply incomplete = supman.post("api/v1/suppliers/" + id + "/interfaces", "{\"channel\":\"E-mail\"}");
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(400);
        assertThat(incomplete.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                        .map(v -> v.getString("field")))
                .contains("exchange", "ownerId", "nextReview");

        LocalDate yesterday = LocalDate.now().minusDays(2);
        Reply defined = supman.post(
                "api/v1/suppliers/" + id + "/interfaces",
                "{\"exchange\":\"Incident hand-off\",\"channel\":\"Portal\",\"supplierContact\":{\"id\":" + contactId
                        + "},\"ourContact\":{\"id\":" + staffId(DemoUsers.SLAMAN) + "},\"hours\":\"24x7\","
                        + "\"expectedResponse\":\"15 minutes\",\"document\":\"https://intranet.example/ola\","
                        + "\"owner\":{\"id\":" + staffId(DemoUsers.SUPMAN) + "},\"nextReview\":\"" + yesterday + "\"}");
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        assertThat(defined.json().getBoolean("overdue")).isTrue();
        assertThat(defined.json().getJsonObject("supplierContact").getString("name"))
                .isEqualTo("Agus Wijaya");
        assertThat(defined.json().getJsonObject("owner").getString("username")).isEqualTo(DemoUsers.SUPMAN);
        assertThat(relman.get("api/v1/suppliers/" + id + "/interfaces").status())
                .isEqualTo(404);
        assertThat(auditor.get("api/v1/suppliers/" + id + "/interfaces?overdue=true")
                        .json()
                        .getInt("total"))
                .isEqualTo(1);

        refusedBy(
                supman.delete("api/v1/suppliers/" + id + "/contacts/" + contactId + "?version="
                        + contact.json().getInt("version")),
                422,
                "SUP-8",
                "Agus Wijaya");
        Reply history = admin.get("api/v1/history?recordType=SupplierInterface&recordKey=" + code + "&size=100");
        assertThat(history.body()).contains("\"nextReview\"").contains(yesterday.toString());
        Reply deleteSupplier = supman.delete("api/v1/suppliers/" + id + "?version=" + supplier.getInt("version"));
        assertThat(deleteSupplier.status()).as("a prospect with contacts stays").isEqualTo(422);
    }

    @Test
    @DisplayName("SUP-1: a prospect without contacts or interfaces can be deleted")
    void aBareProspectIsDeleted() {
        JsonObject supplier = external("DEL");
        long id = supplier.getJsonNumber("id").longValue();
        Reply deleted = supman.delete("api/v1/suppliers/" + id + "?version=" + supplier.getInt("version"));
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(supman.get("api/v1/suppliers/" + id).status()).isEqualTo(404);
    }
}
