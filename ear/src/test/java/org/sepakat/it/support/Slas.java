package org.sepakat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.sepakat.it.support.Api.Reply;

/**
 * SLAs and calendars made over REST the way a service level manager makes them: a draft, agreed
 * with the demo customer FIN (signed by the service level manager and FIN's contact Siti), made
 * active. Each step fails the test unless the API accepts it.
 */
public final class Slas {

    /**
     * The month every version agreed here takes effect: long before the months the tests measure, so
     * each is measured by the version agreed last.
     */
    public static final String IN_FORCE_FROM = "2000-01";

    private final Api api;

    private Slas(Api api) {
        this.api = api;
    }

    public static Slas as(String user) {
        return new Slas(Api.as(user));
    }

    /** The id of the first item a list answers, e.g. {@code api/v1/customers?code=FIN}. */
    public long firstId(String path) {
        return api.get(path)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    public long finance() {
        return firstId("api/v1/customers?code=FIN");
    }

    public long email() {
        return firstId("api/v1/services?code=EMAIL");
    }

    /** The SLA document of the demo customer FIN for the demo service EMAIL, otherwise as {@link Document}. */
    public Document forFinanceEmail(String reference) {
        return new Document(reference).customer(finance()).services(email());
    }

    /** A new calendar: Mondays 08:00–17:00 in Asia/Jakarta, Christmas 2026 closed; returns its code. */
    public String calendar() {
        String code = Unique.code("CAL");
        Reply created = api.post(
                "api/v1/calendars",
                "{\"code\":\"" + code + "\",\"name\":\"Office\",\"timeZone\":\"Asia/Jakarta\","
                        + "\"hours\":[{\"day\":\"MONDAY\",\"opens\":\"08:00:00\",\"closes\":\"17:00:00\"}],"
                        + "\"holidays\":[{\"date\":\"2026-12-25\",\"name\":\"Christmas\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    /** Stores the document as a draft; the reply is the created SLA. */
    public Reply draft(Document document) {
        Reply draft = api.post("api/v1/slas", document.json());
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return draft;
    }

    /** Asks for the agreement of the SLA as read at {@code version}: the answer, whatever it is. */
    public Reply agree(long id, int version) {
        return agree(id, version, IN_FORCE_FROM);
    }

    /** {@link #agree(long, int)} signed for the customer by that contact. */
    public Reply agree(long id, int version, long contact) {
        return agree(id, version, contact, ",\"effectiveFrom\":\"" + IN_FORCE_FROM + "\"");
    }

    /**
     * {@link #agree(long, int)}, the version taking effect in {@code effectiveFrom} ("yyyy-MM"; null:
     * none given, the month after the agreement).
     */
    public Reply agree(long id, int version, String effectiveFrom) {
        long contact = api.get("api/v1/customers/" + finance() + "/contacts?name=Siti")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        return agree(id, version, contact, effectiveFrom == null ? "" : ",\"effectiveFrom\":\"" + effectiveFrom + "\"");
    }

    private Reply agree(long id, int version, long contact, String effectiveFrom) {
        return api.post(
                "api/v1/slas/" + id + "/agree",
                "{\"providerStaffId\":" + firstId("api/v1/staff?username=slaman") + ",\"customerContactId\":" + contact
                        + ",\"version\":" + version + effectiveFrom + "}");
    }

    /** Drafts, agrees and activates the SLA; returns its id. */
    public long active(Document document) {
        return active(document, null);
    }

    /** {@link #active(Document)} for another customer than FIN, signed by that customer's contact. */
    public long active(Document document, Long contact) {
        Reply draft = draft(document);
        long id = draft.json().getJsonNumber("id").longValue();
        Reply signed = contact == null
                ? agree(id, draft.json().getInt("version"))
                : agree(id, draft.json().getInt("version"), contact);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        Reply active = api.post(
                "api/v1/slas/" + id + "/activate",
                "{\"version\":" + signed.json().getInt("version") + "}");
        assertThat(active.status()).as(active.body()).isEqualTo(200);
        return id;
    }

    /**
     * The JSON of an SLA document: by default "Mail for Finance", quarterly review, Asia/Jakarta, no
     * services, targets, limits or stated exceptions. Targets, limits and exceptions are given as JSON.
     */
    public static final class Document {

        private final String reference;
        private String title = "Mail for Finance";
        private Long customerId;
        private String services = "[]";
        private String cadence = "QUARTERLY";
        private String targets = "[]";
        private String limits = "[]";
        private String exceptions;
        private Integer version;
        private String validTo;

        public Document(String reference) {
            this.reference = reference;
        }

        public Document title(String value) {
            title = value;
            return this;
        }

        public Document customer(long id) {
            customerId = id;
            return this;
        }

        public Document services(long... ids) {
            services = Arrays.stream(ids)
                    .mapToObj(id -> "{\"serviceId\":" + id + "}")
                    .collect(Collectors.joining(",", "[", "]"));
            return this;
        }

        public Document cadence(String value) {
            cadence = value;
            return this;
        }

        public Document targets(String json) {
            targets = json;
            return this;
        }

        public Document limits(String json) {
            limits = json;
            return this;
        }

        /** Exceptions stated as the given JSON object. */
        public Document exceptions(String json) {
            exceptions = json;
            return this;
        }

        /** Stated: no maintenance windows and no excluded categories. */
        public Document noExceptions() {
            return exceptions("{\"windows\":[],\"excludedCategories\":[],\"stated\":true}");
        }

        /** The version read, for a change (PUT). */
        public Document version(int value) {
            version = value;
            return this;
        }

        /** The last day the SLA is valid ("yyyy-MM-dd"). */
        public Document validTo(String value) {
            validTo = value;
            return this;
        }

        public String json() {
            return "{\"reference\":\"" + reference + "\",\"title\":\"" + title + "\",\"customerId\":" + customerId
                    + ",\"services\":" + services + ",\"reviewCadence\":\"" + cadence
                    + "\",\"timeZone\":\"Asia/Jakarta\","
                    + "\"targets\":" + targets + ",\"limits\":" + limits
                    + (exceptions == null ? "" : ",\"exceptions\":" + exceptions)
                    + (version == null ? "" : ",\"version\":" + version)
                    + (validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"") + "}";
        }
    }
}
