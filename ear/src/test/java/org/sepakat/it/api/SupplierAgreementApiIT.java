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
import org.sepakat.it.support.SupplierAgreementsApi.Party;
import org.sepakat.it.support.Unique;

/** Supplier agreements over REST (issue 13 §2, SUP-2..6, SUP-10, OLA-1), as an integrating system sees them. */
@Tag("database")
class SupplierAgreementApiIT extends DeployedEar {

    private static final String AGREEMENTS = "api/v1/supplier-agreements";

    private final Api supman = Api.as(DemoUsers.SUPMAN);
    private final Api admin = Api.as(DemoUsers.ADMIN);
    private final Api relman = Api.as(DemoUsers.RELMAN);
    private final Api auditor = Api.as(DemoUsers.AUDITOR);
    private final Api slaman = Api.as(DemoUsers.SLAMAN);

    private final SupplierAgreementsApi agreements = SupplierAgreementsApi.as(DemoUsers.SUPMAN);

    private long id(String list) {
        return agreements.firstId(list);
    }

    private Party supplier(String kind, Long customerId) {
        return agreements.supplier(kind, customerId);
    }

    private static JsonObjectBuilder target(String name, String threshold, String calendar) {
        return SupplierAgreementsApi.availability(name, threshold, calendar);
    }

    private static JsonObjectBuilder raci(String activity, String provider, String supplier) {
        return SupplierAgreementsApi.raci(activity, provider, supplier);
    }

    /** A complete agreement: scope, a requirement, two targets, a RACI table; commercial terms when given. */
    private JsonObjectBuilder agreement(String reference, long supplierId, JsonObjectBuilder terms) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("reference", reference)
                .add("title", "Hosting for the finance systems")
                .add("supplierId", supplierId)
                .add("timeZone", "Asia/Jakarta")
                .add("serviceIds", Json.createArrayBuilder().add(id("api/v1/services?code=ERP")))
                .add("components", Json.createArrayBuilder().add("ERP database hosting"))
                .add("processes", Json.createArrayBuilder().add("SERVICE_AVAILABILITY_MANAGEMENT"))
                .add(
                        "requirements",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("text", "Servers hosted in Jakarta")
                                        .add("slaReference", "SLA-FIN-2026")))
                .add(
                        "targets",
                        Json.createArrayBuilder()
                                .add(target("Hosting availability", "99.95", null))
                                .add(target("Office-hours availability", "99.9", "JKT-OFFICE")))
                .add(
                        "raci",
                        Json.createArrayBuilder()
                                .add(raci("Restore the platform", "A", "R"))
                                .add(raci("Report each month", "I", "RA")));
        if (terms != null) {
            body.add("commercialTerms", terms);
        }
        return body;
    }

    private static JsonObjectBuilder tacitYear() {
        return Json.createObjectBuilder()
                .add("value", 480000000)
                .add("currency", "IDR")
                .add("startsOn", "2026-01-01")
                .add("initialTerm", "P1Y")
                .add("renewal", "TACIT")
                .add("renewalPeriod", "P1Y")
                .add("noticePeriod", "P3M");
    }

    private JsonObject created(Api api, JsonObjectBuilder body) {
        Reply created = api.post(AGREEMENTS, body.build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location"))
                .endsWith("/" + AGREEMENTS + "/"
                        + created.json().getJsonNumber("id").longValue());
        return created.json();
    }

    private static long idOf(JsonObject agreement) {
        return SupplierAgreementsApi.idOf(agreement);
    }

    private JsonObject agree(JsonObject agreement, long contactId) {
        return agreements.agree(agreement, contactId);
    }

    private JsonObject step(JsonObject agreement, String action) {
        return agreements.step(agreement, action);
    }

    private static List<String> fields(Reply refused) {
        return refused.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field"))
                .toList();
    }

    @Test
    @DisplayName(
            "SUP-2, SUP-10: a contract is drafted, read and written back unchanged, agreed as version 1, activated,"
                    + " revised and agreed as version 2; the comparison names the changed target; notice given sets its"
                    + " expiry; the history has each change")
    void aContractLivesThroughVersions() {
        Party host = supplier("EXTERNAL_SUPPLIER", null);
        String reference = Unique.code("UC");
        JsonObject draft = created(supman, agreement(reference, host.supplierId(), tacitYear()));
        assertThat(draft.getString("kind")).isEqualTo("UNDERPINNING_CONTRACT");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("missingForAgreement")).isEmpty();
        JsonObject dates = draft.getJsonObject("dates");
        assertThat(dates.getBoolean("renewsItself")).isTrue();
        assertThat(dates.containsKey("expiry")).isFalse();
        assertThat(dates.getString("noticeDeadline")).endsWith("-09-30");
        assertThat(dates.getString("noticeEndsContractOn")).endsWith("-12-31");

        Reply rewritten = supman.put(AGREEMENTS + "/" + idOf(draft), draft.toString());
        assertThat(rewritten.status()).as(rewritten.body()).isEqualTo(200);
        assertThat(rewritten.json().getInt("version"))
                .as("written back unchanged")
                .isEqualTo(draft.getInt("version"));

        JsonObject agreed = agree(draft, host.contactId());
        assertThat(agreed.getString("status")).isEqualTo("AGREED");
        assertThat(agreed.getInt("agreedVersion")).isEqualTo(1);
        assertThat(agreed.getString("providerApprover")).isEqualTo(DemoUsers.SUPMAN);
        assertThat(agreed.getString("supplierApprover")).isEqualTo("Sari Lestari");
        JsonObject active = step(agreed, "activate");
        assertThat(active.getString("status")).isEqualTo("ACTIVE");
        Reply frozen = supman.put(AGREEMENTS + "/" + idOf(active), active.toString());
        assertThat(frozen.status())
                .as("an active agreement changes only through a revision")
                .isEqualTo(422);

        JsonObject revision = step(active, "revise");
        assertThat(revision.getString("status")).isEqualTo("UNDER_REVIEW");
        JsonObject changed = Json.createObjectBuilder(revision)
                .add(
                        "targets",
                        Json.createArrayBuilder()
                                .add(target("Hosting availability", "99.99", null))
                                .add(target("Office-hours availability", "99.9", "JKT-OFFICE")))
                .build();
        Reply saved = supman.put(AGREEMENTS + "/" + idOf(revision), changed.toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject second = agree(saved.json(), host.contactId());
        assertThat(second.getInt("agreedVersion")).isEqualTo(2);

        Reply versions = auditor.get(AGREEMENTS + "/" + idOf(draft) + "/versions");
        assertThat(versions.status()).as(versions.body()).isEqualTo(200);
        assertThat(versions.jsonArray()).hasSize(2);
        Reply first = auditor.get(AGREEMENTS + "/" + idOf(draft) + "/versions/1");
        assertThat(first.json().getJsonObject("content").getString("target: Hosting availability"))
                .contains("99.95");
        Reply compared = auditor.get(AGREEMENTS + "/" + idOf(draft) + "/versions/compare?from=1&to=2");
        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        assertThat(compared.jsonArray().getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.getString("line")).isEqualTo("target: Hosting availability");
                    assertThat(line.getString("change")).isEqualTo("CHANGED");
                    assertThat(line.getString("before")).contains("99.95");
                    assertThat(line.getString("after")).contains("99.99");
                });

        JsonObject inForce = step(second, "activate");
        String stopsOn = inForce.getJsonObject("dates").getString("noticeEndsContractOn");
        Reply notice = supman.post(
                AGREEMENTS + "/" + idOf(draft) + "/notice",
                "{\"givenOn\":\"" + inForce.getJsonObject("dates").getString("asOf") + "\",\"version\":"
                        + inForce.getInt("version") + "}");
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        JsonObject ending = notice.json().getJsonObject("dates");
        assertThat(ending.getBoolean("renewsItself")).isFalse();
        assertThat(ending.getString("expiry")).isEqualTo(stopsOn);
        assertThat(ending.containsKey("noticeDeadline"))
                .as("no deadline left to meet")
                .isFalse();
        assertThat(notice.json().getJsonObject("commercialTerms").getString("noticeGivenOn"))
                .isEqualTo(inForce.getJsonObject("dates").getString("asOf"));

        Reply history = auditor.get("api/v1/history?recordType=SupplierAgreement&recordKey=" + reference + "&size=200");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        List<String> changes = history.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("field", "") + "=" + h.getString("newValue", ""))
                .toList();
        assertThat(changes)
                .contains("status=AGREED", "status=ACTIVE", "status=UNDER_REVIEW", "agreedVersion=1", "agreedVersion=2")
                .anyMatch(c -> c.startsWith("target: Hosting availability=") && c.contains("99.99"))
                .anyMatch(c -> c.startsWith("commercialTerms=") && c.contains("notice given"));
    }

    @Test
    @DisplayName("OLA-1: an OLA with an internal supplier holds no commercial terms, needs its parts before it is"
            + " agreed (the refusal names the requirement) and is agreed as version 1")
    void anOlaIsAgreedWithoutCommercialTerms() {
        Party team = supplier("INTERNAL_SUPPLIER", null);
        Reply withTerms = supman.post(
                AGREEMENTS,
                agreement(Unique.code("OLA"), team.supplierId(), tacitYear())
                        .build()
                        .toString());
        assertThat(withTerms.status()).as(withTerms.body()).isEqualTo(400);
        assertThat(fields(withTerms)).containsExactly("commercialTerms");

        JsonObject bare = created(
                supman,
                Json.createObjectBuilder()
                        .add("reference", Unique.code("OLA"))
                        .add("title", "Network")
                        .add("supplierId", team.supplierId())
                        .add("timeZone", "Asia/Jakarta"));
        assertThat(bare.getString("kind")).isEqualTo("OPERATIONAL_LEVEL_AGREEMENT");
        assertThat(bare.getJsonArray("missingForAgreement").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString))
                .containsExactly("SUP-3", "SUP-4", "OLA-1", "SUP-6");
        assertThat(bare.containsKey("dates")).isFalse();
        Reply early = supman.post(
                AGREEMENTS + "/" + idOf(bare) + "/agree",
                "{\"providerStaffId\":" + id("api/v1/staff?username=" + DemoUsers.SUPMAN) + ",\"supplierContactId\":"
                        + team.contactId() + ",\"version\":" + bare.getInt("version") + "}");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().getString("rule")).isEqualTo("SUP-3");

        JsonObject complete = Json.createObjectBuilder(bare)
                .addAll(agreement(bare.getString("reference"), team.supplierId(), null))
                .add(
                        "obligations",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("kind", "COMMITMENT")
                                        .add("text", "Priority 1 taken up within 30 minutes")))
                .build();
        Reply saved = supman.put(AGREEMENTS + "/" + idOf(bare), complete.toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject agreed = agree(saved.json(), team.contactId());
        assertThat(agreed.getInt("agreedVersion")).isEqualTo(1);
        assertThat(supman.get(AGREEMENTS + "?supplier=" + team.supplierId() + "&kind=OPERATIONAL_LEVEL_AGREEMENT")
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("SUP-5, SUP-6, SUP-2: every bad field of an agreement is named at once, on its row: a threshold, a"
            + " calendar that does not exist, a RACI letter, a row with two accountable parties, an initial term, an"
            + " unknown field")
    void everyFieldErrorIsNamed() {
        Party host = supplier("EXTERNAL_SUPPLIER", null);
        JsonObject body = agreement(
                        Unique.code("UC"), host.supplierId(), tacitYear().add("initialTerm", "P0Y"))
                .add(
                        "targets",
                        Json.createArrayBuilder()
                                .add(target("Too high", "150", null))
                                .add(target("Nowhere", "99", "NO-SUCH-CAL")))
                .add(
                        "serviceIds",
                        Json.createArrayBuilder()
                                .add(id("api/v1/services?code=ERP"))
                                .add(987654321L))
                .add(
                        "raci",
                        Json.createArrayBuilder()
                                .add(raci("Two accountable", "A", "A"))
                                .add(raci("Bad letter", "X", "R")))
                .build();
        Reply refused = supman.post(AGREEMENTS, body.toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused))
                .contains(
                        "targets[0].threshold",
                        "targets[1].calendarCode",
                        "raci[0]",
                        "raci[1].provider",
                        "serviceIds[1]",
                        "commercialTerms.initialTerm");
        assertThat(refused.body()).contains("NO-SUCH-CAL");

        Reply missingTerm = supman.post(
                AGREEMENTS,
                agreement(Unique.code("UC"), host.supplierId(), tacitYear().addNull("initialTerm"))
                        .build()
                        .toString());
        assertThat(fields(missingTerm)).containsExactly("commercialTerms.initialTerm");

        Reply unknown = supman.post(
                AGREEMENTS,
                agreement(Unique.code("UC"), host.supplierId(), tacitYear())
                        .add("colour", "red")
                        .add("processes", Json.createArrayBuilder().add("GARDENING"))
                        .build()
                        .toString());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).contains("colour", "processes[0]");
        assertThat(supman.get(AGREEMENTS + "?supplier=" + host.supplierId())
                        .json()
                        .getInt("total"))
                .as("nothing half-written")
                .isZero();
    }

    @Test
    @DisplayName("X-1: a save based on a stale version gets 409 and the first save's content stays")
    void aConcurrentEditIsAConflict() {
        Party host = supplier("EXTERNAL_SUPPLIER", null);
        JsonObject draft = created(supman, agreement(Unique.code("UC"), host.supplierId(), tacitYear()));
        Reply first = supman.put(
                AGREEMENTS + "/" + idOf(draft),
                Json.createObjectBuilder(draft)
                        .add("title", "First save")
                        .build()
                        .toString());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Reply second = admin.put(
                AGREEMENTS + "/" + idOf(draft),
                Json.createObjectBuilder(draft)
                        .add("title", "Second save")
                        .add("targets", Json.createArrayBuilder().add(target("Other", "90", null)))
                        .build()
                        .toString());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        JsonObject now = supman.get(AGREEMENTS + "/" + idOf(draft)).json();
        assertThat(now.getString("title")).isEqualTo("First save");
        assertThat(now.getJsonArray("targets")).hasSize(2);
        assertThat(supman.post(
                                AGREEMENTS + "/" + idOf(draft) + "/activate",
                                "{\"version\":" + draft.getInt("version") + "}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    @DisplayName("X-4: auditors, relationship and service level managers cannot write (403); a relationship manager"
            + " reads only the agreements of the suppliers he may read, another is 404; only a draft never agreed"
            + " is deleted")
    void rolesAndScopeAreChecked() {
        Party host = supplier("EXTERNAL_SUPPLIER", null);
        JsonObject draft = created(supman, agreement(Unique.code("UC"), host.supplierId(), tacitYear()));
        String body = agreement(Unique.code("UC"), host.supplierId(), tacitYear())
                .build()
                .toString();
        assertThat(auditor.post(AGREEMENTS, body).status()).isEqualTo(403);
        assertThat(relman.post(AGREEMENTS, body).status()).isEqualTo(403);
        assertThat(slaman.post(AGREEMENTS, body).status()).isEqualTo(403);
        assertThat(auditor.put(AGREEMENTS + "/" + idOf(draft), draft.toString()).status())
                .isEqualTo(403);
        assertThat(relman.post(AGREEMENTS + "/" + idOf(draft) + "/notice", "{\"givenOn\":\"2026-01-02\"}")
                        .status())
                .isEqualTo(403);
        assertThat(auditor.get(AGREEMENTS + "/" + idOf(draft)).status()).isEqualTo(200);
        assertThat(slaman.get(AGREEMENTS + "/" + idOf(draft)).status()).isEqualTo(200);
        assertThat(relman.get(AGREEMENTS + "/" + idOf(draft)).status())
                .as("an external supplier is behind no customer of his")
                .isEqualTo(404);
        assertThat(relman.get(AGREEMENTS + "/" + idOf(draft) + "/versions").status())
                .isEqualTo(404);

        Party finance = supplier("CUSTOMER_AS_SUPPLIER", id("api/v1/customers?code=FIN"));
        Party hr = supplier("CUSTOMER_AS_SUPPLIER", id("api/v1/customers?code=HR"));
        JsonObject his = created(supman, agreement(Unique.code("OLA"), finance.supplierId(), null));
        JsonObject notHis = created(supman, agreement(Unique.code("OLA"), hr.supplierId(), null));
        assertThat(relman.get(AGREEMENTS + "/" + idOf(his)).status()).isEqualTo(200);
        assertThat(relman.get(AGREEMENTS + "/" + idOf(notHis)).status()).isEqualTo(404);
        assertThat(relman.get(AGREEMENTS + "?reference=" + notHis.getString("reference"))
                        .json()
                        .getInt("total"))
                .isZero();
        assertThat(relman.get(AGREEMENTS + "?reference=" + his.getString("reference"))
                        .json()
                        .getInt("total"))
                .isEqualTo(1);

        JsonObject agreed = agree(his, finance.contactId());
        Reply keep = supman.delete(AGREEMENTS + "/" + idOf(his) + "?version=" + agreed.getInt("version"));
        assertThat(keep.status()).as(keep.body()).isEqualTo(422);
        assertThat(keep.json().getString("rule")).isEqualTo("SUP-2");
        Reply deleted = supman.delete(AGREEMENTS + "/" + idOf(notHis) + "?version=" + notHis.getInt("version"));
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(supman.get(AGREEMENTS + "/" + idOf(notHis)).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("SUP-2, OLA-1: the demo has the hosting contract and the network OLA, agreed and active")
    void theDemoAgreementsAreInForce() {
        Reply contracts = auditor.get(AGREEMENTS + "?reference=UC-HOST-&status=ACTIVE");
        assertThat(contracts.json().getInt("total")).as(contracts.body()).isEqualTo(1);
        JsonObject contract = contracts.json().getJsonArray("items").getJsonObject(0);
        assertThat(contract.getString("supplierCode")).isEqualTo("HOST-ID");
        assertThat(contract.getJsonObject("commercialTerms").getString("renewal"))
                .isEqualTo("TACIT");
        assertThat(contract.getJsonArray("raci")).hasSize(3);
        Reply olas = auditor.get(AGREEMENTS + "?reference=OLA-NET-&kind=OPERATIONAL_LEVEL_AGREEMENT");
        JsonObject ola = olas.json().getJsonArray("items").getJsonObject(0);
        assertThat(ola.getString("status")).isEqualTo("ACTIVE");
        assertThat(ola.getJsonArray("targets")
                        .getJsonObject(0)
                        .getJsonNumber("threshold")
                        .doubleValue())
                .isEqualTo(98.0);
        assertThat(auditor.get(AGREEMENTS + "/" + idOf(ola) + "/versions").jsonArray())
                .hasSize(1);
    }
}
