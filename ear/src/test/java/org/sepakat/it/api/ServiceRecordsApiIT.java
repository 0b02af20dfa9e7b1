package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.ReviewedCustomer;
import org.sepakat.it.support.Unique;

/** Service data delivered over REST (SLM-5..7), as a service desk or monitoring tool would. */
@Tag("database")
class ServiceRecordsApiIT extends DeployedEar {

    private final Api slaman = Api.as(DemoUsers.SLAMAN);

    /** A service of its own, so the demo data's outages never overlap the test's. */
    private String newService() {
        String code = Unique.code("API");
        long owner = slaman.get("api/v1/staff?username=slaman")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Reply created = slaman.post(
                "api/v1/services",
                "{\"code\":\"" + code + "\",\"name\":\"Monitored " + code + "\",\"owner\":{\"id\":" + owner + "}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    private static String ticket(String id, String service, String opened, String resolved) {
        return "{\"externalId\":\"" + id + "\",\"service\":\"" + service
                + "\",\"customer\":\"FIN\",\"kind\":\"incident\","
                + "\"priority\":\"P1\",\"opened\":\"" + opened + "\",\"resolved\":"
                + (resolved == null ? "null" : "\"" + resolved + "\"")
                + ",\"pauses\":[{\"starts\":\"2026-10-05T10:00:00+07:00\",\"ends\":\"2026-10-05T10:15:00+07:00\"}]}";
    }

    private static String outage(String id, String service, String starts, String ends) {
        return "{\"externalId\":\"" + id + "\",\"service\":\"" + service + "\",\"starts\":\"" + starts + "\",\"ends\":"
                + (ends == null ? "null" : "\"" + ends + "\"") + ",\"planned\":true,\"description\":\"Patching\"}";
    }

    @Test
    @DisplayName(
            "SLM-6: a bulk delivery answers the counts; delivering it again updates, and the lists show each record once")
    void bulkDeliveryIsIdempotent() {
        String service = newService();
        String incident = Unique.code("INC");
        String outage = Unique.code("OUT");
        String body = "{\"tickets\":["
                + ticket(incident, service, "2026-10-05T09:00:00+07:00", "2026-10-05T12:00:00+07:00")
                + "],\"outages\":[" + outage(outage, service, "2026-10-11T15:00:00Z", "2026-10-11T17:00:00Z") + "]}";
        Reply first = slaman.post("api/v1/service-records", body);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getJsonObject("tickets").getInt("created")).isEqualTo(1);
        assertThat(first.json().getJsonObject("outages").getInt("created")).isEqualTo(1);

        Reply second = slaman.post("api/v1/service-records", body);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().getJsonObject("tickets").getInt("updated")).isEqualTo(1);
        assertThat(second.json().getJsonObject("tickets").getInt("created")).isZero();

        Reply listed = slaman.get("api/v1/service-records/tickets?service=" + service + "&period=2026-10");
        assertThat(listed.json().getInt("total")).isEqualTo(1);
        JsonObject stored = listed.json().getJsonArray("items").getJsonObject(0);
        assertThat(stored.getString("externalId")).isEqualTo(incident);
        assertThat(stored.getString("customer")).isEqualTo("FIN");
        assertThat(stored.getString("opened")).startsWith("2026-10-05T02:00");
        assertThat(stored.getJsonArray("pauses")).hasSize(1);
        assertThat(slaman.get("api/v1/service-records/outages?service=" + service)
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
        Reply one = slaman.get("api/v1/service-records/outages/" + outage);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().getBoolean("planned")).isTrue();
        assertThat(slaman.get("api/v1/service-records/tickets/NO-SUCH-TICKET").status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "SLM-6: a bulk delivery with bad rows is answered 400 naming every bad row and field, and stores nothing")
    void badRowsAreNamed() {
        String service = newService();
        String good = Unique.code("INC");
        String body = "{\"tickets\":[" + ticket(good, service, "2026-10-05T09:00:00+07:00", null) + ","
                + ticket(Unique.code("INC"), service, "2026-10-05T09:00:00+07:00", "2026-10-05T08:00:00+07:00") + ","
                + "{\"externalId\":\"" + Unique.code("INC") + "\",\"service\":\"" + service + "\"}"
                + "],\"outages\":["
                + outage(Unique.code("OUT"), service, "2026-10-11T15:00:00Z", "2026-10-11T14:00:00Z") + "]}";
        Reply refused = slaman.post("api/v1/service-records", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body())
                .contains(
                        "\"field\":\"tickets[1].resolved\"",
                        "\"field\":\"tickets[2].customer\"",
                        "\"field\":\"tickets[2].opened\"",
                        "\"field\":\"outages[0].ends\"",
                        "is before the ticket was opened");
        assertThat(slaman.get("api/v1/service-records/tickets?externalId=" + good)
                        .json()
                        .getInt("total"))
                .isZero();

        Reply indonesian = slaman.get("api/v1/service-records/tickets?period=Oktober", "Accept-Language", "id");
        assertThat(indonesian.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("Single records: 201 when created, 200 when the same external id or KPI month is delivered again")
    void singleRecords() {
        String service = newService();
        String id = Unique.code("INC");
        Reply created =
                slaman.post("api/v1/service-records/tickets", ticket(id, service, "2026-10-05T09:00:00+07:00", null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/service-records/tickets/" + id);
        Reply updated = slaman.post(
                "api/v1/service-records/tickets",
                ticket(id, service, "2026-10-05T09:00:00+07:00", "2026-10-05T11:00:00+07:00"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().getString("resolved")).startsWith("2026-10-05T04:00");

        Reply badOutage =
                slaman.post("api/v1/service-records/outages", outage(Unique.code("OUT"), service, "tomorrow", null));
        assertThat(badOutage.status()).isEqualTo(400);
        assertThat(badOutage.body()).contains("\"field\":\"starts\"");
        assertThat(slaman.post(
                                "api/v1/service-records/outages",
                                outage(Unique.code("OUT"), service, "2026-10-01T00:00:00Z", null))
                        .status())
                .isEqualTo(201);

        Reply unknownSla = slaman.post(
                "api/v1/service-records/kpi-values",
                "{\"sla\":\"NO-SUCH-SLA\",\"measure\":\"Named users\",\"period\":\"2026-10\",\"value\":12}");
        assertThat(unknownSla.status()).isEqualTo(400);
        assertThat(unknownSla.body()).contains("\"field\":\"sla\"", "NO-SUCH-SLA");
    }

    @Test
    @DisplayName("X-4: a relationship manager reads the tickets, outages and KPI values of the customers he manages, "
            + "and none of another customer's (its records are 404 like unknown ones) until he manages it")
    void serviceDataFollowsTheCustomerScope() {
        ReviewedCustomer other = new ReviewedCustomer();
        Api relman = Api.as(DemoUsers.RELMAN);
        String tickets = "api/v1/service-records/tickets?customer=" + other.code;
        String outages = "api/v1/service-records/outages?service=" + other.service;
        String kpiValues = "api/v1/service-records/kpi-values?sla=" + other.reference;
        assertThat(slaman.get(tickets).json().getInt("total")).isEqualTo(2);
        assertThat(slaman.get(outages).json().getInt("total")).isEqualTo(1);
        assertThat(slaman.get(kpiValues).json().getInt("total")).isEqualTo(1);

        assertThat(relman.get(tickets).json().getInt("total")).isZero();
        assertThat(relman.get("api/v1/service-records/tickets?externalId=" + other.lateTicket)
                        .json()
                        .getInt("total"))
                .isZero();
        assertThat(relman.get(outages).json().getInt("total")).isZero();
        assertThat(relman.get(kpiValues).json().getInt("total")).isZero();
        assertThat(relman.get("api/v1/service-records/tickets/" + other.lateTicket)
                        .status())
                .isEqualTo(404);
        assertThat(relman.get("api/v1/service-records/outages/" + other.outage).status())
                .isEqualTo(404);
        assertThat(relman.get("api/v1/service-records/kpi-values/" + other.kpiValue)
                        .status())
                .isEqualTo(404);
        assertThat(relman.get("api/v1/service-records/tickets?customer=FIN")
                        .json()
                        .getInt("total"))
                .as("his own customer's tickets")
                .isPositive();

        Reply appointed = Api.as(DemoUsers.ADMIN)
                .put("api/v1/customers/" + other.id + "/managers/" + other.staffId(DemoUsers.RELMAN), null);
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(200);
        assertThat(relman.get(tickets).json().getInt("total")).isEqualTo(2);
        assertThat(relman.get(outages).json().getInt("total")).isEqualTo(1);
        assertThat(relman.get(kpiValues).json().getInt("total")).isEqualTo(1);
        assertThat(relman.get("api/v1/service-records/tickets/" + other.lateTicket)
                        .status())
                .isEqualTo(200);
        assertThat(relman.get("api/v1/service-records/outages/" + other.outage).status())
                .isEqualTo(200);
        assertThat(relman.get("api/v1/service-records/kpi-values/" + other.kpiValue)
                        .status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("X-4: the auditor and the relationship manager read service data; their deliveries are 403")
    void readersCannotDeliver() {
        Api auditor = Api.as(DemoUsers.AUDITOR);
        assertThat(auditor.get("api/v1/service-records/tickets").status()).isEqualTo(200);
        assertThat(auditor.get("api/v1/service-records/kpi-values").status()).isEqualTo(200);
        assertThat(auditor.post("api/v1/service-records", "{\"tickets\":[]}").status())
                .isEqualTo(403);
        assertThat(auditor.post("api/v1/service-records/tickets", ticket("X", "ERP", "2026-10-05T09:00:00Z", null))
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(DemoUsers.RELMAN)
                        .post("api/v1/service-records/outages", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(DemoUsers.SUPMAN)
                        .get("api/v1/service-records/outages")
                        .status())
                .isEqualTo(403);
    }
}
