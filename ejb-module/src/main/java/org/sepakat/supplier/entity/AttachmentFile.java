package org.sepakat.supplier.entity;

/** A contract document as downloaded: the name it is offered under, the type read from its content, its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {

    public AttachmentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
