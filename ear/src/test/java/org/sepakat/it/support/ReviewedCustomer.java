package org.sepakat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.shared.entity.Period;

/**
 * A customer of its own, made over REST the way the staff would make it: recorded and managed by
 * the administrator (so the demo relationship manager does not manage it), taking a service of its
 * own, with an active SLA whose last month holds two P1 tickets (one fixed late), an outage and a
 * KPI value, reviewed on demand: the report misses its resolution target and so raises an
 * improvement opportunity. Each step fails the test unless the API accepts it.
 */
public final class ReviewedCustomer {

    public static final String MEASURE = "Named users";

    private final Api admin = Api.as(DemoUsers.ADMIN);
    private final Api slaman = Api.as(DemoUsers.SLAMAN);

    public final String code = Unique.code("OTH");
    public final long id;
    public final String service;
    public final String reference = Unique.code("SLA-OTH");
    public final long sla;
    public final Period month =
            Period.current(java.time.Clock.system(ZoneId.of("Asia/Jakarta"))).minusMonths(1);
    public final String lateTicket = Unique.code("INC");
    public final String outage = Unique.code("OUT");
    public final String kpiValue = Unique.code("KPI");
    public final long report;

    public ReviewedCustomer() {
        id = created(admin.post(
                "api/v1/customers",
                "{\"code\":\"" + code + "\",\"name\":\"Other customer " + code + "\",\"kind\":\"EXTERNAL\"}"));
        ok(admin.put("api/v1/customers/" + id + "/managers/" + staffId(DemoUsers.ADMIN), null));
        service = Unique.code("SVC");
        long serviceId = created(slaman.post(
                "api/v1/services",
                "{\"code\":\"" + service + "\",\"name\":\"Service " + service + "\",\"owner\":{\"id\":"
                        + staffId(DemoUsers.SLAMAN) + "}}"));
        ok(admin.put("api/v1/customers/" + id + "/services/" + serviceId, null));
        long contact = created(admin.post(
                "api/v1/customers/" + id + "/contacts", "{\"name\":\"Ani Lain\",\"email\":\"ani@other.example\"}"));
        Slas slas = Slas.as(DemoUsers.SLAMAN);
        sla = slas.active(
                new Slas.Document(reference)
                        .title("Other customer's service")
                        .customer(id)
                        .services(serviceId)
                        .cadence("MONTHLY")
                        .targets(
                                "[{\"name\":\"P1 resolution\",\"metric\":\"RESOLUTION_TIME\",\"comparison\":\"AT_LEAST\","
                                        + "\"threshold\":90,\"period\":\"MONTH\",\"priority\":\"P1\",\"withinHours\":4}]")
                        .limits("[{\"name\":\"" + MEASURE
                                + "\",\"metric\":\"NAMED_USERS\",\"maximum\":500,\"period\":\"MONTH\","
                                + "\"overLimit\":\"REPORT_ONLY\"}]")
                        .noExceptions(),
                contact);
        String day = month.firstDay().plusDays(5).toString();
        ok(slaman.post(
                "api/v1/service-records",
                "{\"tickets\":["
                        + ticket(Unique.code("INC"), day + "T09:00:00+07:00", day + "T11:00:00+07:00") + ","
                        + ticket(lateTicket, day + "T10:00:00+07:00", day + "T20:00:00+07:00") + "],"
                        + "\"outages\":[{\"externalId\":\"" + outage + "\",\"service\":\"" + service
                        + "\",\"starts\":\"" + day
                        + "T01:00:00Z\",\"ends\":\"" + day
                        + "T02:00:00Z\",\"planned\":true,\"description\":\"Patching\"}],"
                        + "\"kpiValues\":[{\"externalId\":\"" + kpiValue + "\",\"sla\":\"" + reference
                        + "\",\"measure\":\""
                        + MEASURE + "\",\"period\":\"" + month + "\",\"value\":42}]}"));
        Reply reviewed = slaman.post("api/v1/slas/" + sla + "/reports/" + month, "");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
        assertThat(reviewed.json().getString("rating")).isEqualTo("RED");
        report = reviewed.json().getJsonNumber("id").longValue();
    }

    private String ticket(String externalId, String opened, String resolved) {
        return "{\"externalId\":\"" + externalId + "\",\"service\":\"" + service + "\",\"customer\":\"" + code
                + "\",\"kind\":\"incident\",\"priority\":\"P1\",\"opened\":\"" + opened + "\",\"resolved\":\""
                + resolved + "\"}";
    }

    /** The improvement opportunities the review raised from this customer's report, as that user lists them. */
    public Reply improvementsAs(String user) {
        return Api.as(user).get("api/v1/improvements?sourceRecordType=PeriodReport&sourceRecordId=" + report);
    }

    public long staffId(String username) {
        return admin.get("api/v1/staff?username=" + username)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static long created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static void ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }
}
