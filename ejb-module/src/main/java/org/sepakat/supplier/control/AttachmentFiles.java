package org.sepakat.supplier.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.sepakat.shared.entity.FileRefused;
import org.sepakat.supplier.entity.AgreementAttachment;

/**
 * What a contract document is, read from its bytes rather than its name (issue 13 §2), and the name it is kept and
 * downloaded under. The name only tells apart what the content alone cannot: an Office Open XML package (a zip holding
 * {@code [Content_Types].xml}) is a document or a workbook by its extension; a {@code .pdf} that is an executable stays
 * an executable.
 */
public final class AttachmentFiles {

    public static final String FIELD = AgreementAttachment.FILE_FIELD;

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String TEXT = "text/plain";

    public static final Set<String> ACCEPTED = Set.of(PDF, PNG, JPEG, DOCX, XLSX, ODT, TEXT);

    private static final String OOXML = "application/x-tika-ooxml";
    private static final int NAME_MAX = 255;
    private static final String UNNAMED = "document";

    private AttachmentFiles() {}

    /**
     * The accepted type of {@code content}, or refused naming the field and the type found.
     *
     * @param fileName as uploaded, only to tell a document from a workbook among Office Open XML packages
     */
    public static String acceptedType(byte[] content, String fileName) {
        if (content.length == 0) {
            throw FileRefused.empty(FIELD);
        }
        MediaType found = detect(content, null);
        if (found.toString().equals(OOXML)) {
            found = detect(content, fileName);
        }
        String type = found.getBaseType().toString();
        if (!ACCEPTED.contains(type)) {
            throw FileRefused.type(FIELD, type);
        }
        return type;
    }

    private static MediaType detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return MimeTypes.getDefaultMimeTypes().detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a file over {@code limit} bytes, naming the field, before anything reads it. */
    public static void requireWithin(long size, long limit) {
        if (size > limit) {
            throw FileRefused.tooLarge(FIELD, size, limit);
        }
    }

    /**
     * The name a document is kept and offered under: the last part of what the browser sent (no folders of either
     * kind of slash), without control or direction-changing characters, at most 255 characters with its extension kept;
     * "document" when nothing is left.
     */
    public static String safeName(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return UNNAMED;
        }
        if (name.length() > NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, NAME_MAX - extension.length()) + extension;
        }
        return name;
    }
}
