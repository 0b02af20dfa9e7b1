package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.entity.AuditedEntity;

/**
 * A document of a supplier agreement (issue 13 §2): the signed contract or an annex, attached to the agreement version
 * it belongs to. What it is (name, type read from its content, size, description); its bytes are an
 * {@link AttachmentContent} of their own, so listing documents never reads them.
 */
@Entity
@Table(name = "sup_agreement_attachment")
@NamedQuery(
        name = AgreementAttachment.FIND_BY_AGREEMENT,
        query = "SELECT a FROM AgreementAttachment a WHERE a.agreement = :agreement"
                + " ORDER BY a.agreementVersion DESC, a.createdAt, a.id")
public class AgreementAttachment extends AuditedEntity {

    public static final String FIND_BY_AGREEMENT = "AgreementAttachment.findByAgreement";

    public static final int DESCRIPTION_MAX = 500;

    /** The field an uploaded file comes in, which a refusal names, in the form and the API alike. */
    public static final String FILE_FIELD = "file";

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private SupplierAgreement agreement;

    @Column(name = "agreement_version", nullable = false)
    private int agreementVersion;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    protected AgreementAttachment() {}

    /** A document of the version of {@code agreement} it belongs to now ({@link #versionOf}). */
    public AgreementAttachment(
            SupplierAgreement agreement, String fileName, String contentType, long size, String description) {
        this.agreement = Objects.requireNonNull(agreement);
        this.agreementVersion = versionOf(agreement);
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.size = size;
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    /**
     * The version a document attached now belongs to: while a draft or revision is open the one being drafted (the
     * agreed version + 1), otherwise the agreed version in force.
     */
    public static int versionOf(SupplierAgreement agreement) {
        return agreement.getStatus().isEditable() ? agreement.getAgreedVersion() + 1 : agreement.getAgreedVersion();
    }

    /** Whether it may still be removed: only a document of the version being drafted, while it is drafted. */
    public boolean isRemovable() {
        return agreement.getStatus().isEditable() && agreementVersion == agreement.getAgreedVersion() + 1;
    }

    @Override
    public String auditKey() {
        return agreement.getReference() + " " + fileName;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("agreement", agreement.getReference());
        state.put("agreementVersion", String.valueOf(agreementVersion));
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("size", String.valueOf(size));
        state.put("description", description);
        return state;
    }

    public SupplierAgreement getAgreement() {
        return agreement;
    }

    public int getAgreementVersion() {
        return agreementVersion;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementAttachment that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getId());
    }
}
