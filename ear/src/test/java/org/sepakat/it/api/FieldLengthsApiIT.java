package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.Unique;

/**
 * Issue 9: the longest value every text field accepts is stored and read back whole, also where
 * the history names it (an SLA's target, limit and window names); one character more is a 400
 * naming the field, never a database error. Run on both databases: their column sizes matter.
 */
@Tag("database")
class FieldLengthsApiIT extends DeployedEar {

    private static final JsonValue HOURS = Json.createArrayBuilder()
            .add(Json.createObjectBuilder()
                    .add("day", "MONDAY")
                    .add("opens", "08:00:00")
                    .add("closes", "17:00:00"))
            .build();

    private final Api admin = Api.as(DemoUsers.ADMIN);

    /** Text of exactly {@code length} characters, told apart from other fields by its start. */
    private static String text(String start, int length) {
        StringBuilder text = new StringBuilder(start).append(' ');
        while (text.length() < length) {
            text.append((char) ('a' + text.length() % 26));
        }
        return text.substring(0, length);
    }

    /** A code of exactly {@code length} characters that is unique in this run. */
    private static String code(String prefix, int length) {
        return text(Unique.code(prefix), length).replace(' ', '-').toUpperCase();
    }

    /** An e-mail address of {@code length} characters (local part at most 64, labels at most 63). */
    private static String email(int length) {
        String local = text(Unique.code("m").toLowerCase(), 64).replace(' ', '.');
        String domain = "d".repeat(63) + "." + "e".repeat(63) + ".";
        return local + "@" + domain + "x".repeat(length - local.length() - 1 - domain.length());
    }

    private static String phone(int length) {
        return "+62 " + "2".repeat(length - 4);
    }

    private static JsonObjectBuilder object(Map<String, ?> fields) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value instanceof String s) {
                json.add(name, s);
            } else if (value instanceof Number n) {
                json.add(name, n.longValue());
            } else if (value instanceof JsonValue v) {
                json.add(name, v);
            } else if (value == null) {
                json.addNull(name);
            }
        });
        return json;
    }

    private static long id(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Every text value sent is in the record read back, whole. */
    private static void readsBack(Reply read, Map<String, ?> sent) {
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        sent.forEach((name, value) -> {
            if (value instanceof String s) {
                assertThat(read.body())
                        .as(name + " (" + s.length() + " characters) read back whole")
                        .contains(Json.createValue(s).toString());
            }
        });
    }

    /** The answer to values one character too long: 400, and a violation for each field given. */
    private static void refused(Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> named = reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field"))
                .toList();
        for (String field : fields) {
            assertThat(named)
                    .as("violations of " + reply.body())
                    .anyMatch(n -> n.equals(field) || n.endsWith("." + field) || n.endsWith("]." + field));
        }
    }

    @Test
    @DisplayName("Customer (code 30, name 200), its contact (name 200, e-mail 200, phone 40) and role interest (500)")
    void customerAndContactAtTheirLongest() {
        Map<String, Object> customer =
                new LinkedHashMap<>(Map.of("code", code("C", 30), "name", text("Customer", 200), "kind", "INTERNAL"));
        long id = id(admin.post("api/v1/customers", object(customer).build().toString()));
        readsBack(admin.get("api/v1/customers/" + id), customer);

        JsonObject read = admin.get("api/v1/customers/" + id).json();
        customer.put("name", text("Renamed", 200));
        customer.put("version", read.getInt("version"));
        readsBack(admin.put("api/v1/customers/" + id, object(customer).build().toString()), customer);
        refused(
                admin.post(
                        "api/v1/customers",
                        object(Map.of("code", code("C", 31), "name", text("Customer", 201), "kind", "INTERNAL"))
                                .build()
                                .toString()),
                "code",
                "name");

        Map<String, Object> contact = Map.of("name", text("Contact", 200), "email", email(200), "phone", phone(40));
        long contactId = id(admin.post(
                "api/v1/customers/" + id + "/contacts", object(contact).build().toString()));
        readsBack(admin.get("api/v1/customers/" + id + "/contacts/" + contactId), contact);
        Reply history = admin.get("api/v1/history?recordType=Contact&recordKey=" + customer.get("code"));
        assertThat(history.body())
                .as("the history keys the contact by its customer and whole name")
                .contains(Json.createValue(customer.get("code") + "/" + contact.get("name"))
                        .toString());
        refused(
                admin.post(
                        "api/v1/customers/" + id + "/contacts",
                        object(Map.of("name", text("Contact", 201), "email", email(201), "phone", phone(41)))
                                .build()
                                .toString()),
                "name",
                "email",
                "phone");

        long service = admin.get("api/v1/services?code=EMAIL")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(admin.put("api/v1/customers/" + id + "/services/" + service, null)
                        .status())
                .isEqualTo(200);
        String interest = text("Interest", 500);
        Reply role = admin.put(
                "api/v1/customers/" + id + "/contacts/" + contactId + "/roles",
                object(Map.of(
                                "service",
                                Json.createObjectBuilder().add("id", service).build(),
                                "kind",
                                "INTERESTED_PARTY",
                                "interest",
                                interest))
                        .build()
                        .toString());
        assertThat(role.status()).as(role.body()).isEqualTo(200);
        readsBack(admin.get("api/v1/customers/" + id + "/contacts/" + contactId), Map.of("interest", interest));
        refused(
                admin.put(
                        "api/v1/customers/" + id + "/contacts/" + contactId + "/roles",
                        object(Map.of(
                                        "service",
                                        Json.createObjectBuilder()
                                                .add("id", service)
                                                .build(),
                                        "kind",
                                        "INTERESTED_PARTY",
                                        "interest",
                                        text("Interest", 501)))
                                .build()
                                .toString()),
                "interest");
    }

    @Test
    @DisplayName("Service (code 30, name 200, description 2000) and a member of staff (name 200, e-mail 200)")
    void serviceAndStaffAtTheirLongest() {
        Map<String, Object> service = new LinkedHashMap<>(
                Map.of("code", code("S", 30), "name", text("Service", 200), "description", text("Description", 2000)));
        long id = id(admin.post("api/v1/services", object(service).build().toString()));
        readsBack(admin.get("api/v1/services/" + id), service);
        service.put("description", text("Changed", 2000));
        service.put("version", admin.get("api/v1/services/" + id).json().getInt("version"));
        readsBack(admin.put("api/v1/services/" + id, object(service).build().toString()), service);
        refused(
                admin.post(
                        "api/v1/services",
                        object(Map.of(
                                        "code",
                                        code("S", 31),
                                        "name",
                                        text("Service", 201),
                                        "description",
                                        text("Description", 2001)))
                                .build()
                                .toString()),
                "code",
                "name",
                "description");

        JsonObject auditor = admin.get("api/v1/staff?username=" + DemoUsers.AUDITOR)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        long staffId = auditor.getJsonNumber("id").longValue();
        Map<String, Object> staff =
                Map.of("displayName", text("Staff", 200), "email", email(200), "version", auditor.getInt("version"));
        Reply changed =
                admin.put("api/v1/staff/" + staffId, object(staff).build().toString());
        try {
            readsBack(changed, staff);
            readsBack(admin.get("api/v1/staff/" + staffId), staff);
            refused(
                    admin.put(
                            "api/v1/staff/" + staffId,
                            object(Map.of(
                                            "displayName",
                                            text("Staff", 201),
                                            "email",
                                            email(201),
                                            "version",
                                            changed.json().getInt("version")))
                                    .build()
                                    .toString()),
                    "displayName",
                    "email");
        } finally {
            JsonObject now = admin.get("api/v1/staff/" + staffId).json();
            JsonObjectBuilder restore = Json.createObjectBuilder()
                    .add("displayName", auditor.getString("displayName"))
                    .add("version", now.getInt("version"));
            if (auditor.isNull("email")) {
                restore.addNull("email");
            } else {
                restore.add("email", auditor.getString("email"));
            }
            assertThat(admin.put("api/v1/staff/" + staffId, restore.build().toString())
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    @DisplayName("Calendar (code 30, name 200, holiday 200) and an SLA whose every text, target, limit and window "
            + "name is at its longest, created and revised (the history names each line)")
    void calendarAndSlaAtTheirLongest() {
        String calendarCode = code("K", 30);
        Map<String, Object> calendar = Map.of(
                "code",
                calendarCode,
                "name",
                text("Calendar", 200),
                "timeZone",
                "Asia/Jakarta",
                "hours",
                HOURS,
                "holidays",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("date", "2026-12-25")
                                .add("name", text("Holiday", 200)))
                        .build());
        long calendarId =
                id(admin.post("api/v1/calendars", object(calendar).build().toString()));
        Reply calendarRead = admin.get("api/v1/calendars/" + calendarId);
        readsBack(calendarRead, calendar);
        assertThat(calendarRead.body())
                .contains(Json.createValue(text("Holiday", 200)).toString());
        refused(
                admin.post(
                        "api/v1/calendars",
                        object(Map.of(
                                        "code",
                                        code("K", 31),
                                        "name",
                                        text("Calendar", 201),
                                        "timeZone",
                                        "Asia/Jakarta",
                                        "hours",
                                        HOURS,
                                        "holidays",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("date", "2026-12-25")
                                                        .add("name", text("Holiday", 201)))
                                                .build()))
                                .build()
                                .toString()),
                "code",
                "name");

        long customer = admin.get("api/v1/customers?code=FIN")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String reference = code("R", 40);
        Map<String, Object> sla = new LinkedHashMap<>(sla(reference, customer, calendarCode, "First", 0));
        long id = id(admin.post("api/v1/slas", object(sla).build().toString()));
        Reply read = admin.get("api/v1/slas/" + id);
        readsBack(read, sla);
        names("First", calendarCode)
                .forEach(name ->
                        assertThat(read.body()).contains(Json.createValue(name).toString()));

        sla = new LinkedHashMap<>(
                sla(reference, customer, calendarCode, "Second", read.json().getInt("version")));
        Reply revised = admin.put("api/v1/slas/" + id, object(sla).build().toString());
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        Reply again = admin.get("api/v1/slas/" + id);
        names("Second", calendarCode)
                .forEach(name ->
                        assertThat(again.body()).contains(Json.createValue(name).toString()));
        Reply history =
                admin.get("api/v1/history?recordType=ServiceLevelAgreement&recordKey=" + reference + "&size=100");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body())
                .as("the history names the lines in full")
                .contains(Json.createValue("maintenance: " + text("Second window", 200))
                        .toString());

        Map<String, Object> tooLong = new LinkedHashMap<>(sla(code("R", 41), customer, calendarCode, "Third", 0));
        tooLong.put("title", text("Title", 201));
        tooLong.put("requirements", text("Requirements", 4001));
        refused(admin.post("api/v1/slas", object(tooLong).build().toString()), "reference", "title", "requirements");
        refused(
                admin.post("api/v1/slas", slaWithOneLongerName(customer, calendarCode)),
                "name",
                "unit",
                "priority",
                "ticketKind",
                "forceMajeure");
    }

    /** An SLA with every text at its longest; {@code lines} tells the names of its targets, limit and window apart. */
    private static Map<String, Object> sla(
            String reference, long customer, String calendar, String lines, int version) {
        List<String> names = names(lines, calendar);
        Map<String, Object> sla = new LinkedHashMap<>();
        sla.put("reference", reference);
        sla.put("title", text("Title", 200));
        sla.put("customerId", customer);
        sla.put("requirements", text("Requirements", 4000));
        sla.put("reviewCadence", "MONTHLY");
        sla.put("timeZone", "Asia/Jakarta");
        sla.put(
                "targets",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("name", names.get(0))
                                .add("metric", "AVAILABILITY")
                                .add("comparison", "AT_LEAST")
                                .add("threshold", 99)
                                .add("period", "MONTH")
                                .add("calendarCode", calendar))
                        .add(Json.createObjectBuilder()
                                .add("name", names.get(1))
                                .add("metric", "RESOLUTION_TIME")
                                .add("comparison", "AT_LEAST")
                                .add("threshold", 90)
                                .add("period", "MONTH")
                                .add("priority", names.get(3))
                                .add("withinHours", 4))
                        .add(Json.createObjectBuilder()
                                .add("name", names.get(8))
                                .add("metric", "CUSTOM_KPI")
                                .add("comparison", "AT_LEAST")
                                .add("threshold", 4)
                                .add("unit", names.get(2))
                                .add("period", "MONTH"))
                        .build());
        sla.put(
                "limits",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("name", names.get(4))
                                .add("metric", "TICKETS")
                                .add("ticketKind", names.get(5))
                                .add("maximum", 100)
                                .add("period", "MONTH")
                                .add("overLimit", "REPORT_ONLY"))
                        .build());
        sla.put(
                "exceptions",
                Json.createObjectBuilder()
                        .add(
                                "windows",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("name", names.get(6))
                                                .add("recurrence", "WEEKLY")
                                                .add("onDayOfWeek", "SUNDAY")
                                                .add("startsAt", "22:00:00")
                                                .add("durationMinutes", 120)))
                        .add("excludedCategories", Json.createArrayBuilder().add(names.get(7)))
                        .add("forceMajeure", text("Force majeure", 4000))
                        .add("stated", true)
                        .build());
        if (version > 0) {
            sla.put("version", version);
        }
        return sla;
    }

    /** Two targets, a unit, a priority, a limit, a ticket kind, a window, a category and a KPI target, at their longest. */
    private static List<String> names(String lines, String calendar) {
        IntFunction<String> unique = n -> text(lines + " " + calendar.substring(2, 10), n);
        return List.of(
                text(lines + " availability", 200),
                text(lines + " resolution", 200),
                unique.apply(30),
                unique.apply(20),
                text(lines + " tickets", 200),
                unique.apply(60),
                text(lines + " window", 200),
                unique.apply(100),
                text(lines + " satisfaction", 200));
    }

    private static String slaWithOneLongerName(long customer, String calendar) {
        Map<String, Object> sla = new LinkedHashMap<>(sla(code("R", 40), customer, calendar, "Long", 0));
        JsonArrayBuilder targets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("name", text("Long resolution", 201))
                        .add("metric", "RESOLUTION_TIME")
                        .add("comparison", "AT_LEAST")
                        .add("threshold", 90)
                        .add("period", "MONTH")
                        .add("priority", text("p", 21))
                        .add("withinHours", 4))
                .add(Json.createObjectBuilder()
                        .add("name", "Satisfaction")
                        .add("metric", "CUSTOM_KPI")
                        .add("comparison", "AT_LEAST")
                        .add("threshold", 4)
                        .add("unit", text("u", 31))
                        .add("period", "MONTH"));
        sla.put("targets", targets.build());
        sla.put(
                "limits",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("name", text("Long tickets", 201))
                                .add("metric", "TICKETS")
                                .add("ticketKind", text("k", 61))
                                .add("maximum", 100)
                                .add("period", "MONTH")
                                .add("overLimit", "REPORT_ONLY"))
                        .build());
        sla.put(
                "exceptions",
                Json.createObjectBuilder()
                        .add(
                                "windows",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("name", text("Long window", 201))
                                                .add("recurrence", "WEEKLY")
                                                .add("onDayOfWeek", "SUNDAY")
                                                .add("startsAt", "22:00:00")
                                                .add("durationMinutes", 120)))
                        .add("excludedCategories", Json.createArrayBuilder().add(text("c", 101)))
                        .add("forceMajeure", text("Force majeure", 4001))
                        .add("stated", true)
                        .build());
        return object(sla).build().toString();
    }

    @Test
    @DisplayName("Improvement (title 200, description 4000, source reference 200) and its outcome (4000)")
    void improvementAtItsLongest() {
        Map<String, Object> improvement = Map.of(
                "title",
                text("Improvement", 200),
                "description",
                text("Description", 4000),
                "sourceKind",
                "SUPPLIER_SHORTFALL",
                "sourceReference",
                text("Reference", 200),
                "owner",
                DemoUsers.SUPMAN,
                "dueOn",
                LocalDate.now().plusDays(14).toString(),
                "priority",
                "HIGH");
        long id =
                id(admin.post("api/v1/improvements", object(improvement).build().toString()));
        readsBack(admin.get("api/v1/improvements/" + id), improvement);
        refused(
                admin.post(
                        "api/v1/improvements",
                        object(Map.of(
                                        "title",
                                        text("Improvement", 201),
                                        "description",
                                        text("Description", 4001),
                                        "sourceKind",
                                        "SUPPLIER_SHORTFALL",
                                        "sourceReference",
                                        text("Reference", 201),
                                        "owner",
                                        DemoUsers.SUPMAN,
                                        "dueOn",
                                        LocalDate.now().plusDays(14).toString(),
                                        "priority",
                                        "HIGH"))
                                .build()
                                .toString()),
                "title",
                "description",
                "sourceReference");

        Reply rejected = admin.post(
                "api/v1/improvements/" + id + "/reject",
                object(Map.of(
                                "reason",
                                text("Reason", 4000),
                                "version",
                                admin.get("api/v1/improvements/" + id).json().getInt("version")))
                        .build()
                        .toString());
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        readsBack(admin.get("api/v1/improvements/" + id), Map.of("rejectionReason", text("Reason", 4000)));
    }
}
