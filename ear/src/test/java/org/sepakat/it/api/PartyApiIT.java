package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.ReviewedCustomer;
import org.sepakat.it.support.Unique;

/** The party register over REST, as an integrating system sees it. */
@Tag("database")
class PartyApiIT extends DeployedEar {

    private final Api relman = Api.as(DemoUsers.RELMAN);

    private JsonObject createCustomer(String code, String name) {
        Reply created = relman.post(
                "api/v1/customers", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"EXTERNAL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location"))
                .endsWith("/api/v1/customers/"
                        + created.json().getJsonNumber("id").longValue());
        return created.json();
    }

    private long staffId(String username) {
        Reply staff = relman.get("api/v1/staff?username=" + username);
        return staff.json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    @DisplayName("BRM-1, BRM-4: a customer is created, refused activation without a manager, then activated with one")
    void customerLifecycleThroughTheApi() {
        String code = Unique.code("API");
        JsonObject customer = createCustomer(code, "PT Contoh Jaya");
        long id = customer.getJsonNumber("id").longValue();
        assertThat(customer.getString("status")).isEqualTo("PROSPECT");
        assertThat(customer.getString("createdBy")).isEqualTo("relman");

        Reply refused =
                relman.post("api/v1/customers/" + id + "/activate", "{\"version\":" + customer.getInt("version") + "}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("rule")).isEqualTo("BRM-4");
        assertThat(refused.json().getString("detail")).contains(code).contains("relationship manager");

        Reply appointed = relman.put("api/v1/customers/" + id + "/managers/" + staffId("relman"), null);
        assertThat(appointed.status()).isEqualTo(200);
        Reply activated = relman.post(
                "api/v1/customers/" + id + "/activate",
                "{\"version\":" + appointed.json().getInt("version") + "}");
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        assertThat(activated.json().getString("status")).isEqualTo("ACTIVE");

        Reply listed = relman.get("api/v1/customers?code=" + code + "&status=ACTIVE");
        assertThat(listed.json().getInt("total")).isEqualTo(1);
        assertThat(listed.json().getJsonArray("items").getJsonObject(0).getString("name"))
                .isEqualTo("PT Contoh Jaya");
    }

    @Test
    @DisplayName(
            "BRM-4, X-4: a relationship manager cannot appoint himself to another's customer (rule named) nor read its reports; "
                    + "the administrator can appoint him, and then he appoints a colleague")
    void onlyAnAdministratorOrAnAppointedManagerChangesTheManagers() {
        ReviewedCustomer other = new ReviewedCustomer();
        String managers = "api/v1/customers/" + other.id + "/managers/";
        long himself = staffId(DemoUsers.RELMAN);

        Reply claimed = relman.put(managers + himself, null);
        assertThat(claimed.status()).isEqualTo(422);
        assertThat(claimed.contentType()).startsWith("application/problem+json");
        assertThat(claimed.json().getString("rule")).isEqualTo("BRM-4");
        assertThat(claimed.json().getString("detail"))
                .contains(other.code)
                .contains("only an administrator or a relationship manager");
        Reply withdrawn = relman.delete(managers + staffId(DemoUsers.ADMIN));
        assertThat(withdrawn.status()).isEqualTo(422);
        assertThat(withdrawn.json().getString("rule")).isEqualTo("BRM-4");
        assertThat(managerNames(other.id)).containsExactly(DemoUsers.ADMIN);
        String report = "api/v1/slas/" + other.sla + "/reports/" + other.month;
        assertThat(relman.get(report).status()).isEqualTo(404);

        Api admin = Api.as(DemoUsers.ADMIN);
        Reply unmanaged = admin.post(
                "api/v1/customers",
                "{\"code\":\"" + Unique.code("NEW") + "\",\"name\":\"Nobody's yet\"," + "\"kind\":\"EXTERNAL\"}");
        Reply grabbed = relman.put(
                "api/v1/customers/" + unmanaged.json().getJsonNumber("id").longValue() + "/managers/" + himself, null);
        assertThat(grabbed.status())
                .as("a prospect someone else recorded is not his to take")
                .isEqualTo(422);

        Reply appointed = admin.put(managers + himself, null);
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(200);
        assertThat(relman.get(report).status()).isEqualTo(200);
        Reply colleague = relman.put(managers + staffId(DemoUsers.SUPMAN), null);
        assertThat(colleague.status()).as(colleague.body()).isEqualTo(200);
        assertThat(managerNames(other.id))
                .containsExactlyInAnyOrder(DemoUsers.ADMIN, DemoUsers.RELMAN, DemoUsers.SUPMAN);
    }

    private List<String> managerNames(long customer) {
        return relman.get("api/v1/customers/" + customer).json().getJsonArray("managers").stream()
                .map(m -> m.asJsonObject().getString("username"))
                .toList();
    }

    @Test
    @DisplayName(
            "BRM-2, BRM-3: contacts are users of a service the customer takes, or interested parties with an interest")
    void contactsAndTheirRoles() {
        JsonObject customer = createCustomer(Unique.code("CON"), "Dinas Contoh");
        long id = customer.getJsonNumber("id").longValue();
        long email = relman.get("api/v1/services?code=EMAIL")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Reply contact = relman.post(
                "api/v1/customers/" + id + "/contacts",
                "{\"name\":\"Rudi Hartono\",\"email\":\"rudi@contoh.example\",\"phone\":\"+62 21 555 0101\"}");
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        long contactId = contact.json().getJsonNumber("id").longValue();

        Reply notTaken = relman.put(
                "api/v1/customers/" + id + "/contacts/" + contactId + "/roles",
                "{\"service\":{\"id\":" + email + "},\"kind\":\"USER\"}");
        assertThat(notTaken.status()).isEqualTo(422);
        assertThat(notTaken.json().getString("detail")).contains("does not take service EMAIL");

        relman.put("api/v1/customers/" + id + "/services/" + email, null);
        Reply noInterest = relman.put(
                "api/v1/customers/" + id + "/contacts/" + contactId + "/roles",
                "{\"service\":{\"id\":" + email + "},\"kind\":\"INTERESTED_PARTY\"}");
        assertThat(noInterest.status()).isEqualTo(422);
        assertThat(noInterest.json().getString("rule")).isEqualTo("BRM-3");

        Reply role = relman.put(
                "api/v1/customers/" + id + "/contacts/" + contactId + "/roles",
                "{\"service\":{\"id\":" + email
                        + "},\"kind\":\"INTERESTED_PARTY\",\"interest\":\"Signs off the mail budget\"}");
        assertThat(role.status()).as(role.body()).isEqualTo(200);
        JsonObject stored =
                relman.get("api/v1/customers/" + id + "/contacts/" + contactId).json();
        assertThat(stored.getJsonArray("roles").getJsonObject(0).getString("interest"))
                .isEqualTo("Signs off the mail budget");
        assertThat(stored.getJsonArray("roles")
                        .getJsonObject(0)
                        .getJsonObject("service")
                        .getString("code"))
                .isEqualTo("EMAIL");
    }

    @Test
    @DisplayName("Bad input is answered with problem+json naming each field and the reason, and nothing is stored")
    void badInputIsRefusedFieldByField() {
        Reply missing = relman.post("api/v1/customers", "{\"name\":\"\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body())
                .contains("\"field\":\"code\"")
                .contains("Code is required")
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"kind\"");

        String tooLong = "x".repeat(201);
        Reply longName = relman.post(
                "api/v1/customers",
                "{\"code\":\"" + Unique.code("LONG") + "\",\"name\":\"" + tooLong + "\",\"kind\":\"INTERNAL\"}");
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.body()).contains("\"field\":\"name\"").contains("at most 200 characters");

        Reply malformed = relman.post("api/v1/customers", "{\"code\": \"A\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().getString("title")).isEqualTo("Malformed request body");

        Reply unknown = relman.get("api/v1/customers/987654321");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("detail")).contains("987654321");

        Reply indonesian = relman.get("api/v1/customers/987654321", "Accept-Language", "id");
        assertThat(indonesian.json().getString("detail")).contains("tidak ada");

        String code = Unique.code("DUP");
        createCustomer(code, "First");
        Reply duplicate = relman.post(
                "api/v1/customers", "{\"code\":\"" + code + "\",\"name\":\"Second\",\"kind\":\"INTERNAL\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body()).contains("already used");
        assertThat(relman.get("api/v1/customers?code=" + code).json().getInt("total"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("X-4: no credentials gives 401, the auditor reads but every write is 403")
    void rolesAreEnforced() {
        Reply anonymous = Api.anonymous().get("api/v1/customers");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");

        Reply wrongPassword = Api.as(DemoUsers.RELMAN, "not-the-password").get("api/v1/customers");
        assertThat(wrongPassword.status()).isEqualTo(401);

        Api auditor = Api.as(DemoUsers.AUDITOR);
        assertThat(auditor.get("api/v1/customers").status()).isEqualTo(200);
        Reply write = auditor.post(
                "api/v1/customers", "{\"code\":\"" + Unique.code("AUD") + "\",\"name\":\"x\",\"kind\":\"INTERNAL\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.contentType()).startsWith("application/problem+json");
        JsonObject customer = createCustomer(Unique.code("AUD"), "Audited");
        long id = customer.getJsonNumber("id").longValue();
        assertThat(auditor.put(
                                "api/v1/customers/" + id,
                                "{\"code\":\"" + customer.getString("code")
                                        + "\",\"name\":\"Changed\",\"kind\":\"INTERNAL\",\"version\":0}")
                        .status())
                .isEqualTo(403);
        assertThat(auditor.delete("api/v1/customers/" + id + "?version=0").status())
                .isEqualTo(403);
        assertThat(relman.get("api/v1/customers/" + id).json().getString("name"))
                .isEqualTo("Audited");
        assertThat(auditor.get("api/v1/history?recordType=Customer&recordKey=" + customer.getString("code"))
                        .status())
                .isEqualTo(200);
        assertThat(relman.get("api/v1/history").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("X-1: a write based on a stale version gets 409 and changes nothing")
    void staleVersionIsAConflict() {
        JsonObject customer = createCustomer(Unique.code("VER"), "Original");
        long id = customer.getJsonNumber("id").longValue();
        String code = customer.getString("code");
        int read = customer.getInt("version");
        Reply first = relman.put(
                "api/v1/customers/" + id,
                "{\"code\":\"" + code + "\",\"name\":\"First writer\",\"kind\":\"EXTERNAL\",\"version\":" + read + "}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"" + (read + 1) + "\"");

        Reply second = relman.put(
                "api/v1/customers/" + id,
                "{\"code\":\"" + code + "\",\"name\":\"Second writer\",\"kind\":\"EXTERNAL\",\"version\":" + read
                        + "}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(relman.get("api/v1/customers/" + id).json().getString("name"))
                .isEqualTo("First writer");

        JsonObject history = Api.as(DemoUsers.AUDITOR)
                .get("api/v1/history?recordType=Customer&recordKey=" + code)
                .json();
        assertThat(history.getJsonArray("items").stream()
                        .map(v -> v.asJsonObject())
                        .filter(h -> "name".equals(h.getString("field", null)))
                        .filter(h -> "CHANGED".equals(h.getString("change")))
                        .map(h -> h.getString("oldValue") + "->" + h.getString("newValue") + " by "
                                + h.getString("changedBy")))
                .containsExactly("Original->First writer by relman");
    }

    @Test
    @DisplayName("Issue 12 §3: a user reads and sets their own time zone through /api/v1/me, with its offset; an"
            + " unknown zone is refused naming the field; the profile written back as read is unchanged")
    void ownZoneThroughTheApi() {
        Api supman = Api.as(DemoUsers.SUPMAN);
        Reply before = supman.get("api/v1/me");
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.json().getString("username")).isEqualTo(DemoUsers.SUPMAN);
        String previousZone = before.json().getString("zone");
        try {
            Reply chosen = supman.put("api/v1/me", "{\"zone\":\"Asia/Jayapura\"}");
            assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
            assertThat(chosen.json().getString("zone")).isEqualTo("Asia/Jayapura");
            assertThat(chosen.json().getString("zoneOffset")).isEqualTo("+09:00");

            Reply read = supman.get("api/v1/me");
            assertThat(read.json().getString("zone")).isEqualTo("Asia/Jayapura");
            Reply writtenBack = supman.put("api/v1/me", read.body());
            assertThat(writtenBack.status()).as(writtenBack.body()).isEqualTo(200);
            assertThat(supman.get("api/v1/me").json()).isEqualTo(read.json());

            Reply refused = supman.put("api/v1/me", "{\"zone\":\"Mars/Olympus_Mons\"}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json()
                            .getJsonArray("violations")
                            .getJsonObject(0)
                            .getString("field"))
                    .isEqualTo("zone");
            assertThat(refused.body()).contains("Mars/Olympus_Mons");
            assertThat(supman.get("api/v1/me").json().getString("zone")).isEqualTo("Asia/Jayapura");
        } finally {
            supman.put("api/v1/me", "{\"zone\":\"" + previousZone + "\"}");
        }
    }
}
