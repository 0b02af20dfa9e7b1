package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.ReviewedCustomer;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;

/**
 * The REST contract (issue 11 §2): what a client reads it can write back unchanged, for every
 * resource; a field the server does not know, a value of the wrong JSON type or an unknown enum
 * value is refused naming the field; a lifecycle action takes the version from the body, the query
 * or If-Match alike.
 */
class ApiContractIT extends DeployedEar {

    private final Api admin = Api.as(DemoUsers.ADMIN);
    private final Api relman = Api.as(DemoUsers.RELMAN);
    private final Api slaman = Api.as(DemoUsers.SLAMAN);
    private final Slas slas = Slas.as(DemoUsers.SLAMAN);

    /** Reads {@code path}, writes the body back as it came with {@code write}, and reads again: nothing changed. */
    private static JsonObject roundTrip(Api api, String path, String method, String writePath) {
        Reply read = api.get(path);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        Reply written = "PUT".equals(method) ? api.put(writePath, read.body()) : api.post(writePath, read.body());
        assertThat(written.status())
                .as(method + " " + writePath + " of what was read: " + written.body())
                .isEqualTo(200);
        Reply again = api.get(path);
        assertThat(again.json())
                .as("read after writing back what " + path + " read")
                .isEqualTo(read.json());
        return again.json();
    }

    private static long id(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static List<String> violations(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field") + ": " + v.getString("message"))
                .toList();
    }

    @Test
    @DisplayName("/openapi serves the description the build made (the server's OpenAPI 3.0 model drops only the 3.1 "
            + "keywords: examples, numeric exclusive bounds, the siblings of a $ref)")
    void theServedDescriptionIsTheBuilt() throws Exception {
        Reply served = admin.get("openapi?format=JSON");
        assertThat(served.status()).isEqualTo(200);
        JsonObject built;
        try (JsonReader reader = Json.createReader(
                Files.newBufferedReader(Path.of("../web-module/target/api-description/openapi.json")))) {
            built = reader.readObject();
        }
        assertThat(served.json().getJsonObject("paths")).isEqualTo(built.getJsonObject("paths"));
        JsonObject servedSchemas = served.json().getJsonObject("components").getJsonObject("schemas");
        JsonObject builtSchemas = built.getJsonObject("components").getJsonObject("schemas");
        assertThat(servedSchemas.keySet()).isEqualTo(builtSchemas.keySet());
        assertThat(builtSchemas.keySet().stream()
                        .filter(name -> !as30(builtSchemas.get(name)).equals(as30(servedSchemas.get(name))))
                        .map(name -> name + " served as " + servedSchemas.get(name)))
                .as("schemas served otherwise")
                .isEmpty();
    }

    /** Every operation of the served description, as "GET /api/v1/customers" to its object (path parameters included). */
    private static Map<String, JsonObject> operations(JsonObject description) {
        Map<String, JsonObject> operations = new TreeMap<>();
        description
                .getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
                    if (!"parameters".equals(method)) {
                        operations.put(method.toUpperCase(Locale.ROOT) + " " + path, operation.asJsonObject());
                    }
                }));
        return operations;
    }

    private static List<JsonObject> parameters(JsonObject operation) {
        return operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class)
                : List.of();
    }

    @Test
    @DisplayName("issue 11 §2: every parameter of every operation is described (type, description, example), a list's"
            + " page, size, sort and filters too; each list answers its filters and sort given their examples, and"
            + " refuses a filter it does not describe, naming it")
    void everyParameterIsDescribedAndAListAcceptsWhatItDescribes() {
        Reply served = admin.get("openapi?format=JSON");
        assertThat(served.status()).isEqualTo(200);
        Map<String, JsonObject> operations = operations(served.json());
        List<String> undescribed = new ArrayList<>();
        operations.forEach((name, operation) -> parameters(operation).forEach(parameter -> {
            JsonObject schema = parameter.getJsonObject("schema");
            if (!parameter.containsKey("description")
                    || !parameter.containsKey("example")
                    || schema == null
                    || !(schema.containsKey("type") || schema.containsKey("$ref"))) {
                undescribed.add(name + " " + parameter.getString("in") + " " + parameter.getString("name"));
            }
        }));
        assertThat(undescribed)
                .as("parameters without type, description or example")
                .isEmpty();

        Map<String, JsonObject> lists = new TreeMap<>();
        operations.forEach((name, operation) -> {
            JsonObject ok = operation.getJsonObject("responses").getJsonObject("200");
            JsonObject content = ok == null ? null : ok.getJsonObject("content");
            JsonObject json = content == null ? null : content.getJsonObject("application/json");
            String answer = json == null || json.getJsonObject("schema") == null
                    ? ""
                    : json.getJsonObject("schema").getString("$ref", "");
            if (answer.startsWith("#/components/schemas/PageDto")) {
                lists.put(name, operation);
            }
        });
        assertThat(lists).as("the list operations").hasSizeGreaterThanOrEqualTo(13);
        lists.forEach(
                (name, operation) -> assertThat(parameters(operation).stream().map(p -> p.getString("name")))
                        .as(name)
                        .contains("page", "size"));
        assertThat(parameters(lists.get("GET /api/v1/customers")).stream().map(p -> p.getString("name")))
                .containsExactly("page", "size", "sort", "code", "name", "text", "inScope", "kind", "status");

        lists.entrySet().stream().filter(list -> !list.getKey().contains("{")).forEach(list -> {
            String path = list.getKey().substring("GET /".length());
            StringBuilder query = new StringBuilder();
            parameters(list.getValue())
                    .forEach(parameter -> query.append(query.length() == 0 ? "?" : "&")
                            .append(parameter.getString("name"))
                            .append('=')
                            .append(URLEncoder.encode(
                                    parameter.get("example") instanceof JsonString text
                                            ? text.getString()
                                            : parameter.get("example").toString(),
                                    StandardCharsets.UTF_8)));
            Reply answered = admin.get(path + query);
            assertThat(answered.status())
                    .as(list.getKey() + query + ": " + answered.body())
                    .isEqualTo(200);
            Reply refused = admin.get(path + "?undescribed=1");
            assertThat(violations(refused)).as(list.getKey()).anyMatch(v -> v.startsWith("undescribed: "));
        });
    }

    /** A schema as an OpenAPI 3.0 model keeps it: no examples, no numeric exclusive bounds, nothing beside a $ref. */
    private static JsonValue as30(JsonValue schema) {
        if (schema instanceof JsonObject object) {
            if (object.containsKey("$ref")) {
                return Json.createObjectBuilder()
                        .add("$ref", object.get("$ref"))
                        .build();
            }
            JsonObjectBuilder kept = Json.createObjectBuilder();
            object.forEach((key, value) -> {
                if (!List.of("examples", "exclusiveMinimum", "exclusiveMaximum").contains(key)) {
                    kept.add(key, as30(value));
                }
            });
            return kept.build();
        }
        if (schema instanceof JsonArray array) {
            JsonArrayBuilder kept = Json.createArrayBuilder();
            array.forEach(item -> kept.add(as30(item)));
            return kept.build();
        }
        return schema;
    }

    @Test
    @DisplayName("BRM-1..4: a customer, a service with its owner, a contact with a role and a member of staff read and "
            + "written back are unchanged")
    void partyRecordsRoundTrip() {
        ReviewedCustomer customer = new ReviewedCustomer();
        String customerPath = "api/v1/customers/" + customer.id;
        JsonObject read = roundTrip(admin, customerPath, "PUT", customerPath);
        assertThat(read.getJsonArray("services")).hasSize(1);
        assertThat(read.getJsonArray("managers")).isNotEmpty();

        long service = slas.firstId("api/v1/services?code=" + customer.service);
        JsonObject serviceRead = roundTrip(slaman, "api/v1/services/" + service, "PUT", "api/v1/services/" + service);
        assertThat(serviceRead.getJsonObject("owner").getString("username")).isEqualTo(DemoUsers.SLAMAN);

        long contact = slas.firstId(customerPath + "/contacts");
        String contactPath = customerPath + "/contacts/" + contact;
        Reply role = admin.put(
                contactPath + "/roles",
                "{\"service\":{\"id\":" + service + "},\"kind\":\"INTERESTED_PARTY\",\"interest\":\"Budget\"}");
        assertThat(role.status()).as(role.body()).isEqualTo(200);
        JsonObject contactRead = roundTrip(admin, contactPath, "PUT", contactPath);
        JsonObject roleRead = contactRead.getJsonArray("roles").getJsonObject(0);
        Reply roleAgain = admin.put(contactPath + "/roles", roleRead.toString());
        assertThat(roleAgain.status())
                .as("the role as read, put back: " + roleAgain.body())
                .isEqualTo(200);
        assertThat(roleAgain.json().getJsonArray("roles")).isEqualTo(contactRead.getJsonArray("roles"));

        long staff = slas.firstId("api/v1/staff?username=" + DemoUsers.AUDITOR);
        roundTrip(admin, "api/v1/staff/" + staff, "PUT", "api/v1/staff/" + staff);
    }

    @Test
    @DisplayName("SUP-1, SUP-8: a supplier with its responsible staff, a contact and an interface naming both read and"
            + " written back are unchanged")
    void supplierRecordsRoundTrip() {
        Api supman = Api.as(DemoUsers.SUPMAN);
        long supplier = id(supman.post(
                "api/v1/suppliers",
                "{\"code\":\"" + Unique.code("RT") + "\",\"name\":\"Round trip\",\"kind\":\"EXTERNAL_SUPPLIER\"}"));
        String path = "api/v1/suppliers/" + supplier;
        long staff = slas.firstId("api/v1/staff?username=" + DemoUsers.SUPMAN);
        Reply appointed = supman.put(path + "/managers/CONTRACT/" + staff, null);
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(200);
        JsonObject read = roundTrip(supman, path, "PUT", path);
        assertThat(read.getJsonArray("managers")).hasSize(1);

        long contact = id(supman.post(path + "/contacts", "{\"name\":\"Agus\",\"role\":\"Desk\"}"));
        roundTrip(supman, path + "/contacts/" + contact, "PUT", path + "/contacts/" + contact);
        long defined = id(supman.post(
                path + "/interfaces",
                "{\"exchange\":\"Escalation\",\"supplierContact\":{\"id\":" + contact + "},\"ourContact\":{\"id\":"
                        + staff + "},\"owner\":{\"id\":" + staff + "},\"nextReview\":\"2027-03-31\"}"));
        JsonObject interfaceRead =
                roundTrip(supman, path + "/interfaces/" + defined, "PUT", path + "/interfaces/" + defined);
        assertThat(interfaceRead.getJsonObject("supplierContact").getString("name"))
                .isEqualTo("Agus");
    }

    @Test
    @DisplayName("SUP-2..6, SUP-10: a supplier agreement with every part read and written back is unchanged, as a draft"
            + " and in a revision after an express renewal was recorded (the renewal stays)")
    void supplierAgreementRoundTrip() {
        Api supman = Api.as(DemoUsers.SUPMAN);
        long supplier = id(supman.post(
                "api/v1/suppliers",
                "{\"code\":\"" + Unique.code("RT") + "\",\"name\":\"Round trip\",\"kind\":\"EXTERNAL_SUPPLIER\"}"));
        long contact = id(supman.post("api/v1/suppliers/" + supplier + "/contacts", "{\"name\":\"Agus\"}"));
        long service = slas.firstId("api/v1/services?code=ERP");
        long agreement = id(supman.post(
                "api/v1/supplier-agreements",
                "{\"reference\":\"" + Unique.code("UC") + "\",\"title\":\"Round trip\",\"supplierId\":" + supplier
                        + ",\"timeZone\":\"Asia/Jakarta\",\"noticeReminderDays\":60,\"serviceIds\":[" + service
                        + "],\"components\":[\"ERP database hosting\"],\"processes\":[\"INCIDENT_MANAGEMENT\"],"
                        + "\"requirements\":[{\"text\":\"Hosted in Jakarta\",\"slaReference\":\"SLA-FIN-2026\"}],"
                        + "\"targets\":[{\"name\":\"P1 resolution\",\"metric\":\"RESOLUTION_TIME\",\"comparison\":"
                        + "\"AT_LEAST\",\"threshold\":90,\"period\":\"MONTH\",\"calendarCode\":\"" + slas.calendar()
                        + "\",\"priority\":\"P1\",\"withinHours\":4}],\"obligations\":[{\"kind\":\"OBLIGATION\","
                        + "\"text\":\"Monthly report\",\"frequency\":\"Monthly\",\"evidence\":\"Report\"}],"
                        + "\"raci\":[{\"activity\":\"Restore\",\"provider\":\"A\",\"supplier\":\"R\"}],"
                        + "\"commercialTerms\":{\"value\":1500.50,\"currency\":\"USD\",\"startsOn\":\"2026-01-31\","
                        + "\"initialTerm\":\"P1M\",\"renewal\":\"EXPRESS\",\"renewalPeriod\":\"P1M\","
                        + "\"noticePeriod\":\"P10D\"}}"));
        String path = "api/v1/supplier-agreements/" + agreement;
        JsonObject draft = roundTrip(supman, path, "PUT", path);
        assertThat(draft.getJsonArray("targets")).hasSize(1);

        Reply agreed = supman.post(
                path + "/agree",
                "{\"providerStaffId\":" + slas.firstId("api/v1/staff?username=" + DemoUsers.SUPMAN)
                        + ",\"supplierContactId\":" + contact + ",\"version\":" + draft.getInt("version") + "}");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        Reply renewed =
                supman.post(path + "/renewal", "{\"version\":" + agreed.json().getInt("version") + "}");
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        Reply revision =
                supman.post(path + "/revise", "{\"version\":" + renewed.json().getInt("version") + "}");
        assertThat(revision.status()).as(revision.body()).isEqualTo(200);
        JsonObject revised = roundTrip(supman, path, "PUT", path);
        assertThat(revised.getJsonObject("commercialTerms").getInt("expressRenewals"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("SLM-2..5: an SLA with services, every kind of target, limits, windows and categories, and a calendar "
            + "read and written back are unchanged; an SLA posted as read keeps its services")
    void agreementsRoundTrip() {
        String calendar = slas.calendar();
        roundTrip(
                slaman,
                "api/v1/calendars/" + slas.firstId("api/v1/calendars?code=" + calendar),
                "PUT",
                "api/v1/calendars/" + slas.firstId("api/v1/calendars?code=" + calendar));

        Slas.Document document = slas.forFinanceEmail(Unique.code("SLA"))
                .targets("[{\"name\":\"Availability\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":99.5,\"period\":\"MONTH\",\"calendarCode\":\"" + calendar + "\"},"
                        + "{\"name\":\"P1 response\",\"metric\":\"RESPONSE_TIME\",\"comparison\":\"AT_LEAST\",\"threshold\":95,"
                        + "\"period\":\"MONTH\",\"calendarCode\":\"" + calendar
                        + "\",\"priority\":\"P1\",\"withinHours\":1.5},"
                        + "{\"name\":\"Satisfaction\",\"metric\":\"CUSTOM_KPI\",\"comparison\":\"AT_LEAST\",\"threshold\":4,"
                        + "\"unit\":\"points\",\"period\":\"QUARTER\"}]")
                .limits("[{\"name\":\"Incidents\",\"metric\":\"TICKETS\",\"ticketKind\":\"incident\",\"maximum\":200,"
                        + "\"period\":\"MONTH\",\"overLimit\":\"SUSPEND_TARGETS\"}]")
                .exceptions(
                        "{\"windows\":[{\"name\":\"Patch night\",\"recurrence\":\"WEEKLY\",\"onDayOfWeek\":\"SUNDAY\","
                                + "\"startsAt\":\"01:00:00\",\"durationMinutes\":120}],\"excludedCategories\":[\"waiting for customer\"],"
                                + "\"forceMajeure\":\"Acts of God\",\"stated\":true}");
        long sla = id(slas.draft(document));
        JsonObject read = roundTrip(slaman, "api/v1/slas/" + sla, "PUT", "api/v1/slas/" + sla);
        assertThat(read.getJsonArray("services")).hasSize(1);
        assertThat(read.getJsonArray("targets")).hasSize(3);
        assertThat(read.getJsonObject("exceptions").getJsonArray("windows")).hasSize(1);

        String copy = read.toString().replace(read.getString("reference"), Unique.code("SLA"));
        Reply posted = slaman.post("api/v1/slas", copy);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.json().getJsonArray("services"))
                .as("services posted as read are kept")
                .isEqualTo(read.getJsonArray("services"));
        assertThat(posted.json().getJsonArray("targets")).isEqualTo(read.getJsonArray("targets"));
    }

    @Test
    @DisplayName(
            "X-3, SLM-5..7: an improvement raised by a review, a ticket, an outage, a KPI value and a report's review "
                    + "outcome read and written back are unchanged (service data and a review outcome are received anew)")
    void processRecordsRoundTrip() {
        ReviewedCustomer customer = new ReviewedCustomer();
        long improvement = customer.improvementsAs(DemoUsers.SLAMAN)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        roundTrip(slaman, "api/v1/improvements/" + improvement, "PUT", "api/v1/improvements/" + improvement);

        redelivered(customer.lateTicket, "tickets");
        redelivered(customer.outage, "outages");
        redelivered(customer.kpiValue, "kpi-values");

        String report = "api/v1/slas/" + customer.sla + "/reports/" + customer.month;
        JsonObject review = slaman.get(report).json().getJsonObject("review");
        String accepted = review.toString().replace("AWAITING_REVIEW", "ACCEPTED");
        Reply reviewed = slaman.put(report + "/review", accepted);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        JsonObject outcome = reviewed.json().getJsonObject("review");
        Reply again = slaman.put(report + "/review", outcome.toString());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        JsonObject recorded = again.json().getJsonObject("review");
        for (String field : List.of("state", "comments", "actions", "reviewedBy")) {
            assertThat(recorded.get(field)).as("review " + field).isEqualTo(outcome.get(field));
        }
        for (String field : List.of("targets", "limits", "exclusions", "rating", "period")) {
            assertThat(again.json().get(field))
                    .as("report " + field)
                    .isEqualTo(reviewed.json().get(field));
        }
    }

    /**
     * Service data read and delivered again: the same record, unchanged, only received anew (receivedAt,
     * receivedBy and the version are the receipt's).
     */
    private void redelivered(String externalId, String kind) {
        String path = "api/v1/service-records/" + kind + "/" + externalId;
        JsonObject read = slaman.get(path).json();
        Reply delivered = slaman.post("api/v1/service-records/" + kind, read.toString());
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        JsonObject again = slaman.get(path).json();
        List<String> receipt = List.of("receivedAt", "receivedBy", "version");
        assertThat(again.keySet()).isEqualTo(read.keySet());
        read.keySet().stream()
                .filter(field -> !receipt.contains(field))
                .forEach(field ->
                        assertThat(again.get(field)).as(kind + " " + field).isEqualTo(read.get(field)));
    }

    @Test
    @DisplayName("Unknown fields are refused, each named, never ignored (the old serviceIds and ownerId included)")
    void unknownFieldsAreRefused() {
        List<String> customer = violations(relman.post(
                "api/v1/customers",
                "{\"code\":\"" + Unique.code("UNK")
                        + "\",\"name\":\"x\",\"kind\":\"EXTERNAL\",\"colour\":\"red\",\"size\":3}"));
        assertThat(customer)
                .hasSize(2)
                .anyMatch(v -> v.startsWith("colour: ") && v.contains("kind"))
                .anyMatch(v -> v.startsWith("size: "));
        assertThat(relman.get("api/v1/customers?name=x&kind=EXTERNAL&code=UNK")
                        .json()
                        .getInt("total"))
                .isZero();

        String sla = slas.forFinanceEmail(Unique.code("SLA"))
                .json()
                .replace("\"services\"", "\"serviceIds\"")
                .replace(
                        "\"targets\":[]",
                        "\"targets\":[{\"name\":\"T\",\"metric\":\"CUSTOM_KPI\",\"comparison\":\"AT_LEAST\","
                                + "\"threshold\":1,\"unit\":\"u\",\"period\":\"MONTH\",\"calender\":\"X\"}]");
        assertThat(violations(slaman.post("api/v1/slas", sla)))
                .extracting(v -> v.substring(0, v.indexOf(':')))
                .containsExactlyInAnyOrder("serviceIds", "targets[0].calender");
        assertThat(violations(slaman.post(
                        "api/v1/services",
                        "{\"code\":\"" + Unique.code("S") + "\",\"name\":\"n\"," + "\"ownerId\":1}")))
                .singleElement()
                .asString()
                .startsWith("ownerId: ");
    }

    @Test
    @DisplayName("An unknown enum value and wrong JSON types are named with what is expected; broken JSON says where")
    void badValuesAreNamed() {
        List<String> kind = violations(relman.post(
                "api/v1/customers", "{\"code\":\"" + Unique.code("ENU") + "\",\"name\":\"x\",\"kind\":\"PARTNER\"}"));
        assertThat(kind)
                .singleElement()
                .asString()
                .startsWith("kind: ")
                .contains("PARTNER")
                .contains("INTERNAL")
                .contains("EXTERNAL");

        List<String> types = violations(slaman.post(
                "api/v1/slas",
                "{\"reference\":7,\"title\":\"t\",\"customerId\":\"12\","
                        + "\"services\":{\"serviceId\":1},\"validFrom\":\"31.12.2026\",\"reviewCadence\":\"YEARLY\","
                        + "\"timeZone\":\"Asia/Jakarta\",\"exceptions\":{\"stated\":\"yes\"}}"));
        assertThat(types)
                .extracting(v -> v.substring(0, v.indexOf(':')))
                .containsExactlyInAnyOrder(
                        "reference", "customerId", "services", "validFrom", "reviewCadence", "exceptions.stated");
        assertThat(types).anyMatch(v -> v.startsWith("customerId: ") && v.contains("whole number"));

        Reply indonesian = relman.get("api/v1/customers", "Accept-Language", "id");
        assertThat(indonesian.status()).isEqualTo(200);
        Reply broken = relman.post("api/v1/customers", "{\"code\": \"A\", ");
        assertThat(broken.json().getString("title")).isEqualTo("Malformed request body");
        assertThat(broken.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("body");
        assertThat(broken.json().getJsonArray("violations").getJsonObject(0).getString("message"))
                .contains("line 1");
    }

    @Test
    @DisplayName(
            "A lifecycle action takes the version in the body, as ?version= or as If-Match; two different ones are refused")
    void lifecycleVersionIsTakenAlike() {
        long service =
                id(slaman.post("api/v1/services", "{\"code\":\"" + Unique.code("LC") + "\",\"name\":\"Lifecycle\"}"));
        String path = "api/v1/services/" + service;
        long version = slaman.get(path).json().getJsonNumber("version").longValue();

        assertThat(violations(slaman.post(path + "/launch?version=" + version, "{\"version\":" + (version + 5) + "}")))
                .singleElement()
                .asString()
                .startsWith("version: ");
        Reply launched = slaman.post(path + "/launch", "{\"version\":" + version + "}");
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);
        assertThat(launched.json().getString("status")).isEqualTo("LIVE");

        Reply stale = slaman.post(path + "/retire", "{\"version\":" + version + "}");
        assertThat(stale.status())
                .as("the body's version is compared, not ignored")
                .isEqualTo(409);
        Reply retired = slaman.post(path + "/retire", null, "If-Match", launched.header("ETag"));
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(retired.json().getString("status")).isEqualTo("RETIRED");
    }
}
