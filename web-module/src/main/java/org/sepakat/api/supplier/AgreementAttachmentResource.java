package org.sepakat.api.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.export.Download;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.boundary.AgreementAttachments;
import org.sepakat.supplier.entity.AgreementAttachment;
import org.sepakat.supplier.entity.AttachmentFile;

@Path("supplier-agreements/{id}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Supplier agreement documents",
        description = "Issue 13 §2: the signed contract and its annexes, each of the agreement version it belongs to")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.RELATIONSHIP_MANAGER
})
public class AgreementAttachmentResource {

    @Inject
    AgreementAttachments attachments;

    @Inject
    StaffDirectory staff;

    @Context
    UriInfo uri;

    @PathParam("id")
    @Parameter(description = "The supplier agreement's id", example = "14")
    Long agreementId;

    @Schema(
            description =
                    "A document of a supplier agreement; its bytes are downloaded from …/attachments/{attachmentId}")
    public record AttachmentDto(
            @Schema(readOnly = true, example = "31") Long id,
            @Schema(readOnly = true, example = "1") long version,

            @Schema(readOnly = true, description = "The agreement version it belongs to", example = "1")
            int agreementVersion,

            @Schema(
                    readOnly = true,
                    description = "As kept: no folders, no control characters",
                    example = "kontrak.pdf")
            String fileName,

            @Schema(readOnly = true, description = "Read from the content, not the name", example = "application/pdf")
            String contentType,

            @Schema(readOnly = true, description = "In bytes", example = "48213")
            long size,

            @Schema(readOnly = true, example = "Signed contract, both sides")
            String description,

            @Schema(readOnly = true, description = "Whether it belongs to the version being drafted and can be removed")
            boolean removable,

            @Schema(readOnly = true, example = "supman") String uploadedBy,

            @Schema(readOnly = true, example = "Sugi Supplier")
            String uploadedByName,

            @Schema(readOnly = true) Instant uploadedAt) {

        static AttachmentDto of(AgreementAttachment a, Map<String, String> names) {
            return new AttachmentDto(
                    a.getId(),
                    a.getVersion(),
                    a.getAgreementVersion(),
                    a.getFileName(),
                    a.getContentType(),
                    a.getSize(),
                    a.getDescription(),
                    a.isRemovable(),
                    a.getCreatedBy(),
                    names.getOrDefault(a.getCreatedBy(), a.getCreatedBy()),
                    a.getCreatedAt());
        }
    }

    private Map<String, String> names(List<AgreementAttachment> list) {
        return staff.displayNames(
                list.stream().map(AgreementAttachment::getCreatedBy).distinct().toList());
    }

    @GET
    @Operation(summary = "The agreement's documents, newest version first")
    @APIResponse(
            responseCode = "200",
            description = "Every document of the agreement",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AttachmentDto.class)))
    public List<AttachmentDto> list() {
        List<AgreementAttachment> list = attachments.list(agreementId);
        Map<String, String> names = names(list);
        return list.stream().map(a -> AttachmentDto.of(a, names)).toList();
    }

    @Schema(description = "A document to attach, as multipart/form-data")
    public static class UploadForm {
        @Schema(
                type = SchemaType.STRING,
                format = "binary",
                required = true,
                description = "The file: PDF, PNG, JPEG, DOCX, XLSX, ODT or plain text, at most the configured size")
        public String file;

        @Schema(maxLength = AgreementAttachment.DESCRIPTION_MAX, description = "What the document is")
        public String description;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Attach a document to the version the agreement is at",
            description = "While a draft or revision is open the version being drafted, otherwise the agreed one."
                    + " The type is read from the content: anything but PDF, PNG, JPEG, DOCX, XLSX, ODT or plain text"
                    + " is refused (422 naming file), as is a file over the size limit (413).")
    @APIResponse(
            responseCode = "201",
            description = "Attached; Location names its download",
            content = @Content(schema = @Schema(implementation = AttachmentDto.class)))
    @APIResponse(
            responseCode = "413",
            description = "The file is over the size limit (setting sepakat.attachment.max.mb)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "ProblemDetail")))
    public Response upload(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(implementation = UploadForm.class)))
                    List<EntityPart> parts) {
        EntityPart file = part(parts, "file");
        if (file == null) {
            throw InvalidInput.of(AgreementAttachment.FILE_FIELD, "error.file.missing");
        }
        byte[] content = read(file, attachments.maxBytes());
        String fileName = disposition(file, "filename").or(file::getFileName).orElse(null);
        AgreementAttachment attached =
                attachments.upload(agreementId, fileName, text(part(parts, "description")), content);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(attached.getId()))
                        .build())
                .entity(AttachmentDto.of(attached, names(List.of(attached))))
                .build();
    }

    /**
     * Any other body: refused as 415 once the role is checked (a role that may not attach learns that first, as from
     * every other write).
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(hidden = true)
    public Response uploadOtherwise() {
        throw new NotSupportedException();
    }

    /**
     * The part named {@code name}, as the parser read it or, when it could not read the part's header (a file name in
     * UTF-8, as browsers and curl send it, leaves the parser without the part's name), as the header says.
     */
    private static EntityPart part(List<EntityPart> parts, String name) {
        return parts == null
                ? null
                : parts.stream()
                        .filter(p -> name.equals(p.getName())
                                || disposition(p, "name").filter(name::equals).isPresent())
                        .findFirst()
                        .orElse(null);
    }

    /**
     * A quoted parameter of the part's Content-Disposition as the client sent it: the header's bytes read as UTF-8
     * (RFC 7578: a file name is sent in the form's charset, UTF-8, not encoded), backslashes kept (a Windows path).
     */
    private static Optional<String> disposition(EntityPart part, String parameter) {
        String header = part.getHeaders().getFirst("Content-Disposition");
        if (header == null) {
            return Optional.empty();
        }
        Matcher value = Pattern.compile("(?:^|;)\\s*" + parameter + "=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE)
                .matcher(header);
        return value.find() ? Optional.of(utf8(value.group(1))) : Optional.empty();
    }

    /** Text whose UTF-8 bytes were read one byte a character, read again as UTF-8; any other text as it is. */
    private static String utf8(String text) {
        if (text.chars().anyMatch(c -> c > 0xff)) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    private static String text(EntityPart part) {
        try {
            return part == null ? null : part.getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At most one byte over the limit is read: enough for the boundary to refuse it as too large. */
    private static byte[] read(EntityPart part, long limit) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Download a document",
            description = "As an attachment under its kept name (RFC 6266, filename* for non-ASCII names), with the"
                    + " type read from its content and X-Content-Type-Options: nosniff")
    @APIResponse(
            responseCode = "200",
            description = "The document's bytes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(
            @PathParam("attachmentId") @Parameter(description = "The document's id", example = "31")
                    Long attachmentId) {
        AttachmentFile file = attachments.download(agreementId, attachmentId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", Download.storedAttachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{attachmentId}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER})
    @Operation(summary = "Remove a document of the version being drafted")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(
            @PathParam("attachmentId") @Parameter(description = "The document's id", example = "31") Long attachmentId,
            @BeanParam ExpectedVersion expected) {
        attachments.delete(agreementId, attachmentId, expected.of((Long) null));
        return Response.noContent().build();
    }
}
