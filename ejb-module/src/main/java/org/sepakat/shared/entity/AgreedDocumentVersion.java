package org.sepakat.shared.entity;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One agreed version of a controlled document (an SLA, a supplier agreement), kept unchanged for
 * ever: its number, its content as the ordered lines two versions are compared on
 * ({@link Changes#between}), who signed for the provider and for the other side, when, and the month
 * it takes effect. Subclasses add the agreement they belong to and name the other side's column.
 */
@MappedSuperclass
public abstract class AgreedDocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sepakatIds")
    private Long id;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Lob
    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(name = "provider_approver", nullable = false, length = 100)
    private String providerApprover;

    /** The other side's signatory: the customer's contact, the supplier's contact (column named by the subclass). */
    @Column(name = "counterpart_approver", nullable = false, length = 200)
    private String counterpartApprover;

    @Column(name = "agreed_at", nullable = false)
    private Instant agreedAt;

    /** The first day of the first month this version is in force (README, "How a period is measured"). */
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    protected AgreedDocumentVersion() {}

    protected AgreedDocumentVersion(
            int number,
            Map<String, String> content,
            String providerApprover,
            String counterpartApprover,
            Instant agreedAt,
            YearMonth effectiveFrom) {
        this.number = number;
        this.contentJson = toJson(content);
        this.providerApprover = Objects.requireNonNull(providerApprover);
        this.counterpartApprover = Objects.requireNonNull(counterpartApprover);
        this.agreedAt = Objects.requireNonNull(agreedAt);
        this.effectiveFrom = effectiveFrom.atDay(1);
    }

    private static String toJson(Map<String, String> content) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        content.forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else {
                json.add(key, value);
            }
        });
        return json.build().toString();
    }

    /** The content lines as agreed, in their order. */
    public Map<String, String> content() {
        Map<String, String> lines = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(contentJson))) {
            reader.readObject()
                    .forEach((key, value) -> lines.put(
                            key,
                            value.getValueType() == JsonValue.ValueType.NULL
                                    ? null
                                    : ((JsonString) value).getString()));
        }
        return lines;
    }

    /** The month a version agreed at {@code agreedAt} takes effect unless the agreement names one: the next. */
    public static YearMonth defaultEffectiveFrom(Instant agreedAt, ZoneId zone) {
        return YearMonth.from(agreedAt.atZone(zone)).plusMonths(1);
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getProviderApprover() {
        return providerApprover;
    }

    protected String counterpartApprover() {
        return counterpartApprover;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    /** The month this version takes effect (yyyy-MM when shown). */
    public YearMonth getEffectiveMonth() {
        return YearMonth.from(effectiveFrom);
    }
}
