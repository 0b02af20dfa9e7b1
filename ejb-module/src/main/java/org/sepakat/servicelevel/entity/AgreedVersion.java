package org.sepakat.servicelevel.entity;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * SLM-9: the content of an SLA exactly as both sides agreed it, kept unchanged for ever. Each
 * agreement makes one more, in force from the month it takes effect; any two can be compared (by
 * the content lines), and each month is measured by the one in force in it (by the restorable
 * {@link AgreedTerms}).
 */
@Entity
@Table(name = "sl_agreed_version")
@NamedQuery(
        name = AgreedVersion.BY_AGREEMENT,
        query = "SELECT v FROM AgreedVersion v WHERE v.agreement = :agreement ORDER BY v.number")
@NamedQuery(
        name = AgreedVersion.BY_NUMBER,
        query = "SELECT v FROM AgreedVersion v WHERE v.agreement = :agreement AND v.number = :number")
@NamedQuery(
        name = AgreedVersion.OF_AGREEMENTS,
        query = "SELECT v FROM AgreedVersion v WHERE v.agreement.id IN :ids ORDER BY v.agreement.id, v.number")
public class AgreedVersion {

    public static final String BY_AGREEMENT = "AgreedVersion.byAgreement";
    public static final String BY_NUMBER = "AgreedVersion.byNumber";
    public static final String OF_AGREEMENTS = "AgreedVersion.ofAgreements";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sepakatIds")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private ServiceLevelAgreement agreement;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Lob
    @Column(name = "content_json", nullable = false)
    private String contentJson;

    /** Null for versions agreed before the terms were kept (changelog 010): those cannot be restored. */
    @Lob
    @Column(name = "terms_json")
    private String termsJson;

    @Column(name = "provider_approver", nullable = false, length = 100)
    private String providerApprover;

    @Column(name = "customer_approver", nullable = false, length = 200)
    private String customerApprover;

    @Column(name = "agreed_at", nullable = false)
    private Instant agreedAt;

    /** The first day of the first month this version is in force (README, "How a period is measured"). */
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    protected AgreedVersion() {}

    /**
     * Records what {@code agreement} holds right after it was agreed, in force from the month
     * {@code effectiveFrom}.
     */
    public AgreedVersion(ServiceLevelAgreement agreement, YearMonth effectiveFrom) {
        this.agreement = Objects.requireNonNull(agreement);
        if (agreement.getStatus() != SlaStatus.AGREED) {
            throw new IllegalStateException("only an agreed SLA makes a version");
        }
        this.effectiveFrom = effectiveFrom.atDay(1);
        this.number = agreement.getAgreedVersion();
        this.providerApprover = agreement.getProviderApprover();
        this.customerApprover = agreement.getCustomerApprover();
        this.agreedAt = agreement.getAgreedAt();
        JsonObjectBuilder json = Json.createObjectBuilder();
        agreement.content().forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else {
                json.add(key, value);
            }
        });
        this.contentJson = json.build().toString();
        this.termsJson = agreement.terms().toJson();
    }

    /** The agreed terms, restorable; empty for a version agreed before they were kept. */
    public Optional<AgreedTerms> terms() {
        return Optional.ofNullable(termsJson).map(AgreedTerms::fromJson);
    }

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

    public Long getId() {
        return id;
    }

    public ServiceLevelAgreement getAgreement() {
        return agreement;
    }

    public int getNumber() {
        return number;
    }

    public String getProviderApprover() {
        return providerApprover;
    }

    public String getCustomerApprover() {
        return customerApprover;
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

    /** The month a version agreed at {@code agreedAt} takes effect unless the agreement names one: the next. */
    public static YearMonth defaultEffectiveFrom(Instant agreedAt, ZoneId zone) {
        return YearMonth.from(agreedAt.atZone(zone)).plusMonths(1);
    }

    /**
     * The version in force in the month starting {@code firstDay}: of the versions taking effect by
     * then, the one taking effect last (the higher number when two take effect in the same month);
     * empty when none has taken effect yet.
     */
    public static Optional<AgreedVersion> inForce(Collection<AgreedVersion> versions, LocalDate firstDay) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom.isAfter(firstDay))
                .max(Comparator.comparing((AgreedVersion v) -> v.effectiveFrom).thenComparingInt(v -> v.number));
    }
}
