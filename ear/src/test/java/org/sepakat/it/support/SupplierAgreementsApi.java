package org.sepakat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import org.sepakat.it.support.Api.Reply;

/**
 * Suppliers and their agreements made over REST the way a supplier manager makes them: a supplier
 * with a contact, an agreement drafted, agreed (signed by the supplier manager and that contact),
 * made active, revised. Each step fails the test unless the API accepts it.
 */
public final class SupplierAgreementsApi {

    public static final String AGREEMENTS = "api/v1/supplier-agreements";

    /** A supplier and the contact who signs for it. */
    public record Party(long supplierId, long contactId) {}

    private final Api api;
    private final Api admin = Api.as(DemoUsers.ADMIN);

    private SupplierAgreementsApi(Api api) {
        this.api = api;
    }

    public static SupplierAgreementsApi as(String user) {
        return new SupplierAgreementsApi(Api.as(user));
    }

    /** The id of the first item a list answers, e.g. {@code api/v1/services?code=ERP}. */
    public long firstId(String list) {
        return admin.firstId(list);
    }

    /** A new supplier of {@code kind} (a customer acting as one names {@code customerId}) with a contact. */
    public Party supplier(String kind, Long customerId) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("code", Unique.code("AGR"))
                .add("name", "PT Mitra Contoh")
                .add("kind", kind);
        if (customerId != null) {
            body.add("customerId", customerId);
        }
        Reply created = api.post("api/v1/suppliers", body.build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long supplierId = created.json().getJsonNumber("id").longValue();
        Reply contact = api.post(
                "api/v1/suppliers/" + supplierId + "/contacts",
                "{\"name\":\"Sari Lestari\",\"email\":\"sari@mitra.example\",\"role\":\"Account manager\"}");
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        return new Party(supplierId, contact.json().getJsonNumber("id").longValue());
    }

    /** A monthly availability target at least {@code threshold} % on {@code calendar} (null: round the clock). */
    public static JsonObjectBuilder availability(String name, String threshold, String calendar) {
        JsonObjectBuilder target = Json.createObjectBuilder()
                .add("name", name)
                .add("metric", "AVAILABILITY")
                .add("comparison", "AT_LEAST")
                .add("threshold", new BigDecimal(threshold))
                .add("period", "MONTH");
        if (calendar != null) {
            target.add("calendarCode", calendar);
        }
        return target;
    }

    public static JsonObjectBuilder raci(String activity, String provider, String supplier) {
        return Json.createObjectBuilder()
                .add("activity", activity)
                .add("provider", provider)
                .add("supplier", supplier);
    }

    /**
     * An OLA drafted for {@code supplierId} with one round-the-clock monthly availability target
     * {@code targetName} of {@code threshold} %, a component, a requirement and a RACI row: complete
     * enough to be agreed.
     */
    public JsonObject ola(long supplierId, String reference, String targetName, String threshold) {
        return created(Json.createObjectBuilder()
                .add("reference", reference)
                .add("title", "Mail network")
                .add("supplierId", supplierId)
                .add("timeZone", "Asia/Jakarta")
                .add("components", Json.createArrayBuilder().add("Mail relay network"))
                .add(
                        "requirements",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "Relay up")))
                .add("targets", Json.createArrayBuilder().add(availability(targetName, threshold, null)))
                .add("raci", Json.createArrayBuilder().add(raci("Restore the relay", "A", "R"))));
    }

    public JsonObject created(JsonObjectBuilder body) {
        Reply created = api.post(AGREEMENTS, body.build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    public static long idOf(JsonObject agreement) {
        return agreement.getJsonNumber("id").longValue();
    }

    /** Signed by the supplier manager for the provider and {@code contactId} for the supplier. */
    public JsonObject agree(JsonObject agreement, long contactId) {
        Reply agreed = api.post(
                AGREEMENTS + "/" + idOf(agreement) + "/agree",
                "{\"providerStaffId\":" + firstId("api/v1/staff?username=" + DemoUsers.SUPMAN)
                        + ",\"supplierContactId\":" + contactId + ",\"version\":" + agreement.getInt("version") + "}");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        return agreed.json();
    }

    /** A lifecycle step that takes only the version read: activate, revision, terminate, renewal. */
    public JsonObject step(JsonObject agreement, String action) {
        Reply done = api.post(
                AGREEMENTS + "/" + idOf(agreement) + "/" + action, "{\"version\":" + agreement.getInt("version") + "}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return done.json();
    }

    /** Saves {@code changed} (a whole agreement as read, with its version). */
    public JsonObject saved(JsonObject changed) {
        Reply saved = api.put(AGREEMENTS + "/" + idOf(changed), changed.toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return saved.json();
    }
}
