package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.Slas;
import org.sepakat.it.support.Unique;

/** Service level agreements and calendars over REST. */
class SlaApiIT extends DeployedEar {

    private final Api slaman = Api.as(DemoUsers.SLAMAN);
    private final Slas slas = Slas.as(DemoUsers.SLAMAN);

    private long id(Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    private Slas.Document document(String reference, String calendar, String threshold, boolean limit) {
        return slas.forFinanceEmail(reference)
                .targets("[{\"name\":\"Mail availability\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":" + threshold + ",\"period\":\"MONTH\",\"calendarCode\":\"" + calendar
                        + "\"}]")
                .limits(
                        limit
                                ? "[{\"name\":\"Tickets\",\"metric\":\"TICKETS\",\"maximum\":200,\"period\":\"MONTH\","
                                        + "\"overLimit\":\"SUSPEND_TARGETS\"}]"
                                : "[]")
                .exceptions(
                        "{\"windows\":[{\"name\":\"Patch night\",\"recurrence\":\"WEEKLY\",\"onDayOfWeek\":\"SUNDAY\","
                                + "\"startsAt\":\"22:00:00\",\"durationMinutes\":120}],\"excludedCategories\":[\"waiting for customer\"],"
                                + "\"stated\":true}");
    }

    @Test
    @DisplayName("SLM-1, SLM-9: draft, refused agreement, agreement, revision and comparison of versions over REST")
    void authoringThroughTheApi() {
        String calendar = slas.calendar();
        String reference = Unique.code("SLA");

        Reply draft = slas.draft(document(reference, calendar, "99.5", false));
        assertThat(draft.json().getString("status")).isEqualTo("DRAFT");
        assertThat(draft.json().getJsonArray("missingForAgreement").getString(0))
                .isEqualTo("SLM-4");
        long id = id(draft);

        Reply refused = slas.agree(id, draft.json().getInt("version"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("rule")).isEqualTo("SLM-4");
        assertThat(refused.json().getString("detail")).contains("SLM-4");
        Reply notRetired = slaman.post(
                "api/v1/slas/" + id + "/retire", "{\"version\":" + draft.json().getInt("version") + "}");
        assertThat(notRetired.status())
                .as("issue 12 §4: a draft was never agreed, there is nothing to retire")
                .isEqualTo(422);
        assertThat(notRetired.json().getString("rule")).isEqualTo("SLM-9");

        Reply saved = slaman.put(
                "api/v1/slas/" + id,
                document(reference, calendar, "99.5", true)
                        .version(draft.json().getInt("version"))
                        .json());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Reply agreed = slas.agree(id, saved.json().getInt("version"));
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        assertThat(agreed.json().getString("customerApprover")).isEqualTo("Siti Rahmawati");
        Reply revising = slaman.post(
                "api/v1/slas/" + id + "/revise", "{\"version\":" + agreed.json().getInt("version") + "}");
        assertThat(revising.json().getString("status")).isEqualTo("UNDER_REVIEW");
        Reply resaved = slaman.put(
                "api/v1/slas/" + id,
                document(reference, calendar, "99.9", true)
                        .version(revising.json().getInt("version"))
                        .json());
        slas.agree(id, resaved.json().getInt("version"));

        assertThat(slaman.get("api/v1/slas/" + id + "/versions").body()).contains("\"number\":1", "\"number\":2");
        Reply compared = slaman.get("api/v1/slas/" + id + "/versions/compare?from=1&to=2");
        assertThat(compared.status()).isEqualTo(200);
        assertThat(compared.body())
                .contains("\"line\":\"target: Mail availability\"", "\"change\":\"CHANGED\"", "99.9");

        Reply pdf = slaman.bytes("api/v1/slas/" + id + "/document?lang=id");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains(reference + ".pdf");
    }

    @Test
    @DisplayName("Issue 11 §1: a version takes effect in the month the agreement names (by default the next); a month"
            + " before the first version takes effect is refused (422), naming it")
    void versionsTakeEffectInTheirMonth() {
        String calendar = slas.calendar();
        String reference = Unique.code("SLA");
        Slas.Document document = slas.forFinanceEmail(reference)
                .targets("[{\"name\":\"Mail availability\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                        + "\"threshold\":99.5,\"period\":\"MONTH\",\"calendarCode\":\"" + calendar + "\"}]")
                .limits("[{\"name\":\"Tickets\",\"metric\":\"TICKETS\",\"maximum\":200,\"period\":\"MONTH\","
                        + "\"overLimit\":\"REPORT_ONLY\"}]")
                .noExceptions();
        Reply draft = slas.draft(document);
        long id = id(draft);
        Reply agreed = slas.agree(id, draft.json().getInt("version"), "2026-03");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        String nextMonth =
                YearMonth.now(ZoneId.of("Asia/Jakarta")).plusMonths(1).toString();

        Reply revising = slaman.post(
                "api/v1/slas/" + id + "/revise", "{\"version\":" + agreed.json().getInt("version") + "}");
        Reply early = slas.agree(id, revising.json().getInt("version"), "2026-02");
        assertThat(early.status()).as(early.body()).isEqualTo(400);
        assertThat(early.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("effectiveFrom");
        assertThat(early.json().getJsonArray("violations").getJsonObject(0).getString("message"))
                .contains("2026-03");
        Reply second = slas.agree(id, revising.json().getInt("version"), null);
        assertThat(second.status()).as(second.body()).isEqualTo(200);

        Reply versions = slaman.get("api/v1/slas/" + id + "/versions");
        assertThat(versions.body())
                .contains("\"effectiveFrom\":\"2026-03\"", "\"effectiveFrom\":\"" + nextMonth + "\"");

        Reply before = slaman.post("api/v1/slas/" + id + "/reports/2026-02", "");
        assertThat(before.status()).as(before.body()).isEqualTo(422);
        assertThat(before.json().getString("rule")).isEqualTo("SLM-6");
        assertThat(before.json().getString("detail")).contains(reference, "2026-02", "2026-03");
        Reply march = slaman.post("api/v1/slas/" + id + "/reports/2026-03", "");
        assertThat(march.status()).as(march.body()).isEqualTo(201);
        assertThat(march.json().getInt("agreedVersion"))
                .as("measured by the version in force then")
                .isEqualTo(1);
    }

    @Test
    @DisplayName("SLM-3: bad target values are refused naming the field; relationship managers cannot author")
    void badInputAndRoles() {
        String calendar = slas.calendar();
        Reply tooHigh = slaman.post(
                "api/v1/slas",
                document(Unique.code("SLA"), calendar, "120", true).json());
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.contentType()).startsWith("application/problem+json");
        assertThat(tooHigh.body()).contains("\"field\":\"targets[0].threshold\"", "between 0 and 100");

        Reply titleAndRow = slaman.post(
                "api/v1/slas",
                document(Unique.code("SLA"), calendar, "120", true).title("").json());
        assertThat(titleAndRow.status()).isEqualTo(400);
        assertThat(titleAndRow.body())
                .as("a header's field rule does not hide the problems of the rows (issue 12 §4)")
                .contains("\"field\":\"title\"", "\"field\":\"targets[0].threshold\"", "between 0 and 100");

        Reply missing = slaman.post("api/v1/slas", "{\"targets\":[{\"name\":\"\"}]}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body())
                .contains("\"field\":\"reference\"", "\"field\":\"customerId\"", "\"field\":\"targets[0].name\"");

        Reply badZone = slaman.post(
                "api/v1/calendars",
                "{\"code\":\"" + Unique.code("Z") + "\",\"name\":\"x\",\"timeZone\":\"Mars/Base\"}");
        assertThat(badZone.status()).isEqualTo(400);
        assertThat(badZone.body()).contains("\"field\":\"timeZone\"");

        assertThat(Api.as(DemoUsers.RELMAN)
                        .post(
                                "api/v1/slas",
                                document(Unique.code("SLA"), calendar, "99", true)
                                        .json())
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(DemoUsers.AUDITOR).get("api/v1/slas").status()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "Issue 11 §1: a calendar day to 24:00 (closing 00:00) and a 24×7 availability target pooled over its services"
                    + " and a response target counting no first response as missed are read as written (one shape),"
                    + " compared between versions; an unknown option is refused naming the field")
    void dayTo24AndTargetOptions() {
        Reply allDay = slaman.post(
                "api/v1/calendars",
                "{\"code\":\"" + Unique.code("ALL") + "\",\"name\":\"All Mondays\",\"timeZone\":\"Asia/Jakarta\","
                        + "\"hours\":[{\"day\":\"MONDAY\",\"opens\":\"00:00:00\",\"closes\":\"00:00:00\"},"
                        + "{\"day\":\"TUESDAY\",\"opens\":\"20:00:00\",\"closes\":\"00:00:00\"}]}");
        assertThat(allDay.status()).as(allDay.body()).isEqualTo(201);
        assertThat(allDay.json().getJsonArray("hours").getJsonObject(1).getString("closes"))
                .startsWith("00:00");

        String options = "[{\"name\":\"Availability\",\"metric\":\"AVAILABILITY\",\"comparison\":\"AT_LEAST\","
                + "\"threshold\":99.5,\"period\":\"MONTH\",\"availabilityScope\":\"POOLED\"},"
                + "{\"name\":\"P1 response\",\"metric\":\"RESPONSE_TIME\",\"comparison\":\"AT_LEAST\",\"threshold\":95,"
                + "\"period\":\"MONTH\",\"priority\":\"P1\",\"withinHours\":1,\"noResponse\":\"MISSED\"}]";
        String reference = Unique.code("SLA");
        Reply draft = slas.draft(slas.forFinanceEmail(reference)
                .targets(options)
                .limits("[{\"name\":\"Tickets\",\"metric\":\"TICKETS\",\"maximum\":200,\"period\":\"MONTH\","
                        + "\"overLimit\":\"REPORT_ONLY\"}]")
                .noExceptions());
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long id = id(draft);
        Reply read = slaman.get("api/v1/slas/" + id);
        assertThat(read.json().getJsonArray("targets").getJsonObject(0).getString("availabilityScope"))
                .isEqualTo("POOLED");
        assertThat(read.json().getJsonArray("targets").getJsonObject(0).get("calendarCode"))
                .as("24×7: no calendar")
                .isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(read.json().getJsonArray("targets").getJsonObject(1).getString("noResponse"))
                .isEqualTo("MISSED");

        Reply agreed = slas.agree(id, read.json().getInt("version"));
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        Reply revising = slaman.post(
                "api/v1/slas/" + id + "/revise", "{\"version\":" + agreed.json().getInt("version") + "}");
        Reply perService = slaman.put(
                "api/v1/slas/" + id,
                slas.forFinanceEmail(reference)
                        .targets(
                                options.replace("POOLED", "PER_SERVICE").replace("\"MISSED\"", "\"RESOLUTION_COUNTS\""))
                        .limits("[{\"name\":\"Tickets\",\"metric\":\"TICKETS\",\"maximum\":200,\"period\":\"MONTH\","
                                + "\"overLimit\":\"REPORT_ONLY\"}]")
                        .noExceptions()
                        .version(revising.json().getInt("version"))
                        .json());
        assertThat(perService.status()).as(perService.body()).isEqualTo(200);
        slas.agree(id, perService.json().getInt("version"));
        Reply compared = slaman.get("api/v1/slas/" + id + "/versions/compare?from=1&to=2");
        assertThat(compared.body())
                .contains(
                        "\"line\":\"target: Availability\"",
                        "AVAILABILITY ≥ 99.5 % per MONTH, 24x7, services pooled",
                        "\"line\":\"target: P1 response\"",
                        "no first response: missed");

        Reply unknown = slaman.post(
                "api/v1/slas",
                slas.forFinanceEmail(Unique.code("SLA"))
                        .targets(options.replace("POOLED", "BY_REGION"))
                        .noExceptions()
                        .json());
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("availabilityScope");
    }
}
