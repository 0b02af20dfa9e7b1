package org.sepakat.supplier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.supplier.control.AttachmentFiles;
import org.sepakat.supplier.control.AttachmentLimit;
import org.sepakat.supplier.entity.AgreementAttachment;
import org.sepakat.supplier.entity.AttachmentContent;
import org.sepakat.supplier.entity.AttachmentFile;
import org.sepakat.supplier.entity.SupplierAgreement;

/**
 * The documents of a supplier agreement (issue 13 §2): the signed contract and its annexes, each attached to the
 * version it belongs to, stored in the database. Whoever may read the agreement ({@link SupplierAgreements#find}) lists
 * and downloads them; supplier managers and administrators attach them, and remove those of the version being drafted.
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class AgreementAttachments {

    private static final Logger LOG = Logger.getLogger(AgreementAttachments.class.getName());
    private static final String RULE = "SUP-2";

    /** Liberty hands a numeric jndiEntry over as an Integer. */
    @Resource(lookup = "sepakat/attachmentMaxMb")
    Object maxMegabytes;

    @PersistenceContext
    EntityManager em;

    @Inject
    SupplierAgreements agreements;

    @Inject
    History history;

    @Resource
    SessionContext session;

    /** The agreement's documents, newest version first, in the order attached; their bytes are not read. */
    public List<AgreementAttachment> list(Long agreementId) {
        SupplierAgreement agreement = agreements.find(agreementId);
        return em.createNamedQuery(AgreementAttachment.FIND_BY_AGREEMENT, AgreementAttachment.class)
                .setParameter("agreement", agreement)
                .getResultList();
    }

    /**
     * Attaches a document to the version the agreement is at ({@link AgreementAttachment#versionOf}). Refused, naming
     * the field {@code file}, when empty, over the size limit, or of a type read from its content that is not a PDF,
     * PNG, JPEG, DOCX, XLSX, ODT or plain text.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public AgreementAttachment upload(Long agreementId, String fileName, String description, byte[] content) {
        SupplierAgreement agreement = agreements.find(agreementId);
        if (content == null) {
            throw InvalidInput.of(AttachmentFiles.FIELD, "error.file.missing");
        }
        AttachmentFiles.requireWithin(content.length, maxBytes());
        if (description != null && description.strip().length() > AgreementAttachment.DESCRIPTION_MAX) {
            throw InvalidInput.of(
                    "description", "error.attachment.descriptionSize", AgreementAttachment.DESCRIPTION_MAX);
        }
        String name = AttachmentFiles.safeName(fileName);
        String type = AttachmentFiles.acceptedType(content, name);
        AgreementAttachment attachment =
                history.created(new AgreementAttachment(agreement, name, type, content.length, description));
        em.persist(new AttachmentContent(attachment, content));
        LOG.info(() -> "Document " + attachment.getId() + " (" + type + ", " + content.length + " bytes) attached to "
                + agreement.getReference() + " version " + attachment.getAgreementVersion() + " by "
                + history.currentUser());
        return attachment;
    }

    /** The document with its bytes, for whoever may read the agreement; another agreement's is "not found". */
    public AttachmentFile download(Long agreementId, Long attachmentId) {
        AgreementAttachment attachment = find(agreementId, attachmentId);
        AttachmentContent content = em.find(AttachmentContent.class, attachment.getId());
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), content.getContent());
    }

    /** Removes a document of the version being drafted, as read at {@code version}. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    public void delete(Long agreementId, Long attachmentId, long version) {
        AgreementAttachment attachment = find(agreementId, attachmentId);
        attachment.checkVersion(version);
        if (!attachment.isRemovable()) {
            throw new RuleViolation(
                    RULE, "error.attachment.notRemovable", attachment.getFileName(), attachment.getAgreementVersion());
        }
        AttachmentContent content = em.find(AttachmentContent.class, attachment.getId());
        if (content != null) {
            em.remove(content);
            // the bytes' row names the document's: gone first, whatever order the commit would choose
            em.flush();
        }
        history.deleted(attachment);
        LOG.info(() -> "Document " + attachmentId + " removed from "
                + attachment.getAgreement().getReference() + " by " + history.currentUser());
    }

    private AgreementAttachment find(Long agreementId, Long attachmentId) {
        SupplierAgreement agreement = agreements.find(agreementId);
        AgreementAttachment attachment = attachmentId == null ? null : em.find(AgreementAttachment.class, attachmentId);
        if (attachment == null || !attachment.getAgreement().equals(agreement)) {
            throw new RecordNotFound("AgreementAttachment", attachmentId);
        }
        return attachment;
    }

    /** The largest document accepted, in bytes (setting {@code sepakat.attachment.max.mb}). */
    public long maxBytes() {
        return AttachmentLimit.of(maxMegabytes).bytes();
    }

    /** Whether the caller may attach and remove documents, so a page offers it only then. */
    public boolean mayEdit() {
        return session.isCallerInRole(Roles.ADMINISTRATOR) || session.isCallerInRole(Roles.SUPPLIER_MANAGER);
    }
}
