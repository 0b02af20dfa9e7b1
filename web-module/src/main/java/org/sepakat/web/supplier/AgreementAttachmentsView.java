package org.sepakat.web.supplier;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.sepakat.common.Messages;
import org.sepakat.shared.entity.FileRefused;
import org.sepakat.supplier.boundary.AgreementAttachments;
import org.sepakat.supplier.entity.AgreementAttachment;
import org.sepakat.supplier.entity.AttachmentFile;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesDownload;
import org.sepakat.web.shared.UserSession;

/**
 * The documents of a supplier agreement (issue 13 §2), as the fragment {@code includes/supplier/agreement-attachments}
 * shows them for the agreement it is given ({@code agreementId}): the list, a download for whoever may read the
 * agreement; for supplier managers and administrators a file to choose, a description and Attach, and Remove for the
 * documents of the version being drafted.
 */
@Named
@ViewScoped
public class AgreementAttachmentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "attachment";
    private static final Map<String, String> TYPE_KEYS = Map.of(
            "application/pdf", "pdf",
            "image/png", "png",
            "image/jpeg", "jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            "application/vnd.oasis.opendocument.text", "odt",
            "text/plain", "text");

    @Inject
    AgreementAttachments attachments;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    private final Map<Long, List<AgreementAttachment>> lists = new HashMap<>();
    private String description;
    private String chosenName;
    private byte[] chosen;

    /** The agreement's documents, read once per view (again after a change). */
    public List<AgreementAttachment> list(Long agreementId) {
        if (agreementId == null) {
            return List.of();
        }
        return lists.computeIfAbsent(agreementId, attachments::list);
    }

    public boolean isMayEdit() {
        return attachments.mayEdit();
    }

    /** The largest file the chooser takes, so the browser says so before sending it. */
    public long getMaxBytes() {
        return attachments.maxBytes();
    }

    /** Keeps the chosen file until Attach (with the description typed meanwhile). */
    public void choose(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        long max = getMaxBytes();
        clearFile();
        if (attempt.run(
                () -> {
                    if (file.getSize() > max) {
                        throw FileRefused.tooLarge(AgreementAttachment.FILE_FIELD, file.getSize(), max);
                    }
                },
                formOf(event.getComponent()),
                PREFIX)) {
            chosenName = file.getFileName();
            chosen = file.getContent();
        }
    }

    /** The Attach button's listener; the button carries the agreement's id as its attribute {@code agreementId}. */
    public void attach(ActionEvent event) {
        Object given = event.getComponent().getAttributes().get("agreementId");
        if (given == null) {
            return;
        }
        Long agreementId =
                given instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(String.valueOf(given));
        String form = formOf(event.getComponent());
        byte[] content = chosen;
        String name = chosenName;
        if (attempt.run(
                () -> {
                    AgreementAttachment attached = attachments.upload(agreementId, name, description, content);
                    attempt.done("attachment.attached", attached.getFileName(), attached.getAgreementVersion());
                },
                form,
                PREFIX)) {
            clear();
            lists.remove(agreementId);
        }
    }

    public void clear() {
        clearFile();
        description = null;
    }

    private void clearFile() {
        chosen = null;
        chosenName = null;
    }

    public void download(AgreementAttachment attachment) {
        AttachmentFile file = attachments.download(attachment.getAgreement().getId(), attachment.getId());
        FacesDownload.sendNamedByUser(file.contentType(), file.fileName(), file.content());
    }

    public void remove(AgreementAttachment attachment) {
        Long agreementId = attachment.getAgreement().getId();
        if (attempt.run(() -> attachments.delete(agreementId, attachment.getId(), attachment.getVersion()))) {
            attempt.done("attachment.removed", attachment.getFileName());
        }
        lists.remove(agreementId);
    }

    /** The type by its label ("PDF document"), never its media type. */
    public String typeLabel(String contentType) {
        String key = TYPE_KEYS.get(contentType);
        return key == null ? contentType : Messages.text(locale(), "attachment.type." + key);
    }

    /** 812 bytes, 48 KB, 2.4 MB in the reader's language. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return Messages.text(locale(), "attachment.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.text(locale(), "attachment.size.kb", Math.round(bytes / 1024.0));
        }
        return Messages.text(locale(), "attachment.size.mb", bytes / (1024.0 * 1024.0));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String formOf(UIComponent component) {
        UIComponent form = component;
        while (form != null && !(form instanceof UIForm)) {
            form = form.getParent();
        }
        return form == null ? null : form.getClientId();
    }

    public boolean isChosen() {
        return chosen != null;
    }

    public String getChosenName() {
        return chosenName;
    }

    public String getChosenSize() {
        return chosen == null ? "" : size(chosen.length);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
