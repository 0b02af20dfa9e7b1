package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.ReviewedCustomer;
import org.sepakat.it.support.Unique;

/** The improvement register over REST, as an integrating system sees it. */
@Tag("database")
class ImprovementApiIT extends DeployedEar {

    private final Api supman = Api.as(DemoUsers.SUPMAN);

    private static String body(String title, String sourceKind, String reference, String owner, LocalDate due) {
        return "{\"title\":\"" + title + "\",\"description\":\"Deliveries late three weeks running\","
                + "\"sourceKind\":\"" + sourceKind + "\",\"sourceReference\":"
                + (reference == null ? "null" : "\"" + reference + "\"")
                + ",\"owner\":\"" + owner + "\",\"dueOn\":\"" + due + "\",\"priority\":\"HIGH\"}";
    }

    private JsonObject create(String title) {
        Reply created = supman.post(
                "api/v1/improvements",
                body(
                        title,
                        "SUPPLIER_SHORTFALL",
                        "PT Kirim Cepat / Q3",
                        DemoUsers.SUPMAN,
                        LocalDate.now().plusDays(14)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location"))
                .endsWith("/api/v1/improvements/"
                        + created.json().getJsonNumber("id").longValue());
        return created.json();
    }

    private static String version(JsonObject record) {
        return "\"version\":" + record.getInt("version");
    }

    @Test
    @DisplayName("X-3: an improvement is recorded, started and completed with its outcome; the list finds it by status")
    void lifecycleThroughTheApi() {
        String title = Unique.code("Courier");
        JsonObject created = create(title);
        long id = created.getJsonNumber("id").longValue();
        assertThat(created.getString("number")).matches("IMP-\\d{6,}");
        assertThat(created.getString("status")).isEqualTo("OPEN");
        assertThat(created.getString("sourceKind")).isEqualTo("SUPPLIER_SHORTFALL");
        assertThat(created.getString("createdBy")).isEqualTo(DemoUsers.SUPMAN);

        Reply tooEarly = supman.post(
                "api/v1/improvements/" + id + "/complete",
                "{\"outcome\":\"Switched courier\"," + version(created) + "}");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.contentType()).startsWith("application/problem+json");
        assertThat(tooEarly.json().getString("rule")).isEqualTo("X-3");

        Reply started = supman.post("api/v1/improvements/" + id + "/start", "{" + version(created) + "}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().getString("status")).isEqualTo("IN_PROGRESS");

        Reply stale = supman.post(
                "api/v1/improvements/" + id + "/complete",
                "{\"outcome\":\"Switched courier\"," + version(created) + "}");
        assertThat(stale.status()).isEqualTo(409);

        Reply noOutcome = supman.post("api/v1/improvements/" + id + "/complete", "{" + version(started.json()) + "}");
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.body()).contains("\"field\":\"outcome\"");

        Reply done = supman.post(
                "api/v1/improvements/" + id + "/complete",
                "{\"outcome\":\"Switched courier\"," + version(started.json()) + "}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().getString("status")).isEqualTo("DONE");
        assertThat(done.json().getString("outcome")).isEqualTo("Switched courier");

        Reply reopen = supman.post("api/v1/improvements/" + id + "/start", "{" + version(done.json()) + "}");
        assertThat(reopen.status()).isEqualTo(422);

        Reply listed = supman.get("api/v1/improvements?text=" + title + "&status=DONE&sourceKind=SUPPLIER_SHORTFALL");
        assertThat(listed.json().getInt("total")).isEqualTo(1);
        assertThat(listed.json().getJsonArray("items").getJsonObject(0).getString("number"))
                .isEqualTo(created.getString("number"));
        assertThat(supman.get("api/v1/improvements?text=" + title + "&closed=false")
                        .json()
                        .getInt("total"))
                .isZero();
    }

    @Test
    @DisplayName("X-3: an improvement in progress is rejected with its reason, and a rejected one cannot be edited")
    void rejectWithAReason() {
        JsonObject created = create(Unique.code("Rejectable"));
        long id = created.getJsonNumber("id").longValue();
        Reply rejected = supman.post(
                "api/v1/improvements/" + id + "/reject",
                "{\"reason\":\"Supplier contract ends\"," + version(created) + "}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().getString("rejectionReason")).isEqualTo("Supplier contract ends");

        String edit = body("Renamed", "SUPPLIER_SHORTFALL", "PT Kirim Cepat / Q3", DemoUsers.SUPMAN, LocalDate.now())
                .replace("}", "," + version(rejected.json()) + "}");
        Reply closed = supman.put("api/v1/improvements/" + id, edit);
        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.json().getString("detail"))
                .contains(created.getString("number"))
                .contains("cannot be changed");
    }

    @Test
    @DisplayName("Bad input is answered with 400 naming each field, and nothing is stored")
    void badInputNamesTheField() {
        Reply missing = supman.post("api/v1/improvements", "{\"title\":\"\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body())
                .contains("\"field\":\"title\"")
                .contains("\"field\":\"description\"")
                .contains("\"field\":\"owner\"")
                .contains("\"field\":\"dueOn\"")
                .contains("Due date is required");

        String title = Unique.code("NoOwner");
        Reply unknownOwner =
                supman.post("api/v1/improvements", body(title, "MANUAL", null, "nobody-here", LocalDate.now()));
        assertThat(unknownOwner.status()).isEqualTo(400);
        assertThat(unknownOwner.body()).contains("\"field\":\"owner\"").contains("nobody-here");

        Reply noReference = supman.post(
                "api/v1/improvements", body(title, "LOW_SATISFACTION", null, DemoUsers.SUPMAN, LocalDate.now()));
        assertThat(noReference.status()).isEqualTo(400);
        assertThat(noReference.body()).contains("\"field\":\"sourceReference\"");

        Reply badFilter = supman.get("api/v1/improvements?status=FINISHED");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(supman.get("api/v1/improvements?text=" + title).json().getInt("total"))
                .isZero();
    }

    @Test
    @DisplayName("X-4: the auditor reads the register, but every write is 403")
    void auditorOnlyReads() {
        JsonObject created = create(Unique.code("Audited"));
        long id = created.getJsonNumber("id").longValue();
        Api auditor = Api.as(DemoUsers.AUDITOR);
        assertThat(auditor.get("api/v1/improvements/" + id).status()).isEqualTo(200);
        assertThat(auditor.get("api/v1/improvements?overdue=true").status()).isEqualTo(200);
        assertThat(auditor.post("api/v1/improvements", body("x", "MANUAL", null, DemoUsers.AUDITOR, LocalDate.now()))
                        .status())
                .isEqualTo(403);
        assertThat(auditor.post("api/v1/improvements/" + id + "/start", "{" + version(created) + "}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("X-4: what a review raised for a customer is read by a relationship manager only once he manages that "
            + "customer (404 like an unknown id before); improvements of no customer stay readable by everyone")
    void reviewRaisedImprovementsFollowTheCustomerScope() {
        ReviewedCustomer other = new ReviewedCustomer();
        Reply raised = other.improvementsAs(DemoUsers.SLAMAN);
        assertThat(raised.json().getInt("total")).as(raised.body()).isEqualTo(1);
        JsonObject improvement = raised.json().getJsonArray("items").getJsonObject(0);
        long id = improvement.getJsonNumber("id").longValue();
        assertThat(improvement.getString("description")).contains("P1 resolution");
        assertThat(improvement.getString("sourceReference")).contains(other.reference);

        Api relman = Api.as(DemoUsers.RELMAN);
        assertThat(other.improvementsAs(DemoUsers.RELMAN).json().getInt("total"))
                .isZero();
        assertThat(relman.get("api/v1/improvements?text=" + improvement.getString("number"))
                        .json()
                        .getInt("total"))
                .isZero();
        assertThat(relman.get("api/v1/improvements?sourceReference=" + other.reference)
                        .json()
                        .getInt("total"))
                .isZero();
        Reply one = relman.get("api/v1/improvements/" + id);
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.body()).doesNotContain("P1 resolution");
        Reply started = relman.post("api/v1/improvements/" + id + "/start", "{" + version(improvement) + "}");
        assertThat(started.status()).isEqualTo(404);
        assertThat(Api.as(DemoUsers.AUDITOR).get("api/v1/improvements/" + id).status())
                .isEqualTo(200);

        JsonObject nobodys = create(Unique.code("Shared"));
        assertThat(relman.get("api/v1/improvements/"
                                + nobodys.getJsonNumber("id").longValue())
                        .status())
                .isEqualTo(200);

        Reply appointed = Api.as(DemoUsers.ADMIN)
                .put("api/v1/customers/" + other.id + "/managers/" + other.staffId(DemoUsers.RELMAN), null);
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(200);
        assertThat(other.improvementsAs(DemoUsers.RELMAN).json().getInt("total"))
                .isEqualTo(1);
        assertThat(relman.get("api/v1/improvements/" + id).json().getString("number"))
                .isEqualTo(improvement.getString("number"));
    }

    @Test
    @DisplayName("X-3: a person cannot link an improvement to a process record (400 naming the field, nothing stored); "
            + "the review's own improvement is the only one linked to its report")
    void onlyProcessesLinkTheirRecords() {
        ReviewedCustomer other = new ReviewedCustomer();
        String title = Unique.code("Forged");
        Reply forged = supman.post(
                "api/v1/improvements",
                body(
                                title,
                                "MISSED_TARGET",
                                other.reference + " / " + other.month,
                                DemoUsers.SUPMAN,
                                LocalDate.now().plusDays(7))
                        .replace(
                                "}",
                                ",\"sourceRecordType\":\"PeriodReport\",\"sourceRecordId\":" + other.report + "}"));
        assertThat(forged.status()).as(forged.body()).isEqualTo(400);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.body())
                .contains(
                        "\"field\":\"sourceRecordType\"",
                        "\"field\":\"sourceRecordId\"",
                        "Only the process that raised an improvement links it to its record");
        assertThat(supman.get("api/v1/improvements?text=" + title).json().getInt("total"))
                .isZero();

        Reply linked = other.improvementsAs(DemoUsers.SUPMAN);
        assertThat(linked.json().getInt("total")).isEqualTo(1);
        JsonObject own = linked.json().getJsonArray("items").getJsonObject(0);
        assertThat(own.getString("sourceKind")).isEqualTo("MISSED_TARGET");
        assertThat(own.getString("createdBy")).isEqualTo(DemoUsers.SLAMAN);
        assertThat(own.getString("owner")).isEqualTo(DemoUsers.SLAMAN);
    }

    @Test
    @DisplayName("The register is described in the OpenAPI document")
    void inTheOpenApiDocument() {
        Reply openapi = Api.anonymous().get("openapi");
        assertThat(openapi.body()).contains("/api/v1/improvements").contains("/api/v1/improvements/{id}/complete");
    }
}
