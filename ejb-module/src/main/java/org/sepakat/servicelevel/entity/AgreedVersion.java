package org.sepakat.servicelevel.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.sepakat.shared.entity.AgreedDocumentVersion;

/**
 * SLM-9: the content of an SLA exactly as both sides agreed it, kept unchanged for ever. Each
 * agreement makes one more, in force from the month it takes effect; any two can be compared (by
 * the content lines), and each month is measured by the one in force in it (by the restorable
 * {@link AgreedTerms}).
 */
@Entity
@Table(name = "sl_agreed_version")
@AttributeOverride(
        name = "counterpartApprover",
        column = @Column(name = "customer_approver", nullable = false, length = 200))
@NamedQuery(
        name = AgreedVersion.BY_AGREEMENT,
        query = "SELECT v FROM AgreedVersion v WHERE v.agreement = :agreement ORDER BY v.number")
@NamedQuery(
        name = AgreedVersion.BY_NUMBER,
        query = "SELECT v FROM AgreedVersion v WHERE v.agreement = :agreement AND v.number = :number")
@NamedQuery(
        name = AgreedVersion.OF_AGREEMENTS,
        query = "SELECT v FROM AgreedVersion v WHERE v.agreement.id IN :ids ORDER BY v.agreement.id, v.number")
public class AgreedVersion extends AgreedDocumentVersion {

    public static final String BY_AGREEMENT = "AgreedVersion.byAgreement";
    public static final String BY_NUMBER = "AgreedVersion.byNumber";
    public static final String OF_AGREEMENTS = "AgreedVersion.ofAgreements";

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private ServiceLevelAgreement agreement;

    /** Null for versions agreed before the terms were kept (changelog 010): those cannot be restored. */
    @Lob
    @Column(name = "terms_json")
    private String termsJson;

    protected AgreedVersion() {}

    /**
     * Records what {@code agreement} holds right after it was agreed, in force from the month
     * {@code effectiveFrom}.
     */
    public AgreedVersion(ServiceLevelAgreement agreement, YearMonth effectiveFrom) {
        super(
                requireAgreed(agreement).getAgreedVersion(),
                agreement.content(),
                agreement.getProviderApprover(),
                agreement.getCustomerApprover(),
                agreement.getAgreedAt(),
                effectiveFrom);
        this.agreement = agreement;
        this.termsJson = agreement.terms().toJson();
    }

    private static ServiceLevelAgreement requireAgreed(ServiceLevelAgreement agreement) {
        if (Objects.requireNonNull(agreement).getStatus() != SlaStatus.AGREED) {
            throw new IllegalStateException("only an agreed SLA makes a version");
        }
        return agreement;
    }

    /** The agreed terms, restorable; empty for a version agreed before they were kept. */
    public Optional<AgreedTerms> terms() {
        return Optional.ofNullable(termsJson).map(AgreedTerms::fromJson);
    }

    public ServiceLevelAgreement getAgreement() {
        return agreement;
    }

    public String getCustomerApprover() {
        return counterpartApprover();
    }

    /**
     * The version in force in the month starting {@code firstDay}: of the versions taking effect by
     * then, the one taking effect last (the higher number when two take effect in the same month);
     * empty when none has taken effect yet.
     */
    public static Optional<AgreedVersion> inForce(Collection<AgreedVersion> versions, LocalDate firstDay) {
        return versions.stream()
                .filter(v -> !v.getEffectiveFrom().isAfter(firstDay))
                .max(Comparator.comparing(AgreedVersion::getEffectiveFrom).thenComparingInt(AgreedVersion::getNumber));
    }
}
