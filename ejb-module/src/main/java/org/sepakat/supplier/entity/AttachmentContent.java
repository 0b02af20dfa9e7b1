package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The bytes of an {@link AgreementAttachment}, read only when the document is downloaded. A BLOB on Derby, a
 * {@code bytea} on PostgreSQL (changelog 036), both bound as bytes by EclipseLink.
 */
@Entity
@Table(name = "sup_agreement_attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {}

    public AttachmentContent(AgreementAttachment attachment, byte[] content) {
        this.attachmentId = Objects.requireNonNull(attachment.getId());
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
