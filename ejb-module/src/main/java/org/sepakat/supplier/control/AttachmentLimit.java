package org.sepakat.supplier.control;

/**
 * The largest contract document accepted: the server variable {@code sepakat.attachment.max.mb} (environment
 * {@code SEPAKAT_ATTACHMENT_MAX_MB}), 10 MB unless set, at least 1.
 */
public record AttachmentLimit(int megabytes) {

    public static final int DEFAULT_MEGABYTES = 10;
    static final String SETTING = "sepakat.attachment.max.mb";

    public AttachmentLimit {
        if (megabytes < 1) {
            throw new IllegalArgumentException(
                    SETTING + " must be a whole number of megabytes, at least 1: " + megabytes);
        }
    }

    /** The setting as Liberty hands a jndiEntry over: an Integer, a String, or nothing (the default). */
    public static AttachmentLimit of(Object configured) {
        String text = configured == null ? "" : String.valueOf(configured).trim();
        if (text.isEmpty()) {
            return new AttachmentLimit(DEFAULT_MEGABYTES);
        }
        try {
            return new AttachmentLimit(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    SETTING + " must be a whole number of megabytes, at least 1: " + text, e);
        }
    }

    public long bytes() {
        return (long) megabytes << 20;
    }
}
