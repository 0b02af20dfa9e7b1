package org.sepakat.supplier.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.FileRefused;

/** Issue 13 §2: a contract document's type from its content, its name made safe to keep and offer. */
class AttachmentFilesTest {

    private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private static byte[] ooxml() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static FileRefused refused(byte[] content, String name) {
        try {
            AttachmentFiles.acceptedType(content, name);
        } catch (FileRefused e) {
            return e;
        }
        throw new AssertionError(name + " was accepted");
    }

    @Test
    @DisplayName("The type comes from the bytes: a PDF is a PDF whatever its name; an executable named .pdf is refused"
            + " naming the field 'file' and the type found")
    void typeIsReadFromTheContent() {
        assertThat(AttachmentFiles.acceptedType(PDF, "contract.txt")).isEqualTo(AttachmentFiles.PDF);
        FileRefused exe = refused(EXE, "contract.pdf");
        assertThat(exe.isTooLarge()).isFalse();
        assertThat(exe.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.messageKey()).isEqualTo("error.file.type");
            assertThat(p.arguments()).containsExactly("application/x-msdownload");
        });
        assertThat(AttachmentFiles.acceptedType("Annex 2: contacts\nline two\n".getBytes(StandardCharsets.UTF_8), "a"))
                .isEqualTo(AttachmentFiles.TEXT);
        assertThat(refused(new byte[0], "empty.pdf").problems().get(0).messageKey())
                .isEqualTo("error.file.empty");
    }

    @Test
    @DisplayName("An Office Open XML package is a DOCX or an XLSX by its extension, but never a PDF by its name")
    void officePackagesTakeTheirKindFromTheExtension() throws IOException {
        assertThat(AttachmentFiles.acceptedType(ooxml(), "annex.docx")).isEqualTo(AttachmentFiles.DOCX);
        assertThat(AttachmentFiles.acceptedType(ooxml(), "prices.xlsx")).isEqualTo(AttachmentFiles.XLSX);
        assertThat(refused(ooxml(), "annex.pdf").problems().get(0).arguments())
                .containsExactly("application/x-tika-ooxml");
    }

    @Test
    @DisplayName("Over the limit is refused as too large, naming the field and both sizes in MB")
    void sizeLimit() {
        AttachmentFiles.requireWithin(10L << 20, 10L << 20);
        assertThatThrownBy(() -> AttachmentFiles.requireWithin((11L << 20), 10L << 20))
                .isInstanceOfSatisfying(FileRefused.class, e -> {
                    assertThat(e.isTooLarge()).isTrue();
                    assertThat(e.problems().get(0).field()).isEqualTo("file");
                    assertThat(e.problems().get(0).arguments()).containsExactly(11L, 10L);
                });
    }

    @Test
    @DisplayName("A name keeps no folder, no control or direction character, no leading dot; nothing left: document")
    void safeNames() {
        assertThat(AttachmentFiles.safeName("C:\\Users\\agus\\Kontrak Awan.pdf"))
                .isEqualTo("Kontrak Awan.pdf");
        assertThat(AttachmentFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentFiles.safeName("kontrak\r\nX-Evil: 1.pdf")).isEqualTo("kontrakX-Evil: 1.pdf");
        assertThat(AttachmentFiles.safeName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(AttachmentFiles.safeName(".htaccess")).isEqualTo("htaccess");
        assertThat(AttachmentFiles.safeName("Perjanjian — lampiran ü.pdf")).isEqualTo("Perjanjian — lampiran ü.pdf");
        assertThat(AttachmentFiles.safeName("  /  ")).isEqualTo("document");
        assertThat(AttachmentFiles.safeName(null)).isEqualTo("document");
        assertThat(AttachmentFiles.safeName("a".repeat(300) + ".pdf"))
                .hasSize(255)
                .endsWith("a.pdf");
    }

    @Test
    @DisplayName("The size limit setting: 10 MB unless set, whole megabytes, at least 1")
    void limitSetting() {
        assertThat(AttachmentLimit.of(null).bytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(AttachmentLimit.of(" 3 ").bytes()).isEqualTo(3L * 1024 * 1024);
        assertThatThrownBy(() -> AttachmentLimit.of(0)).hasMessageContaining("sepakat.attachment.max.mb");
        assertThatThrownBy(() -> AttachmentLimit.of("ten")).hasMessageContaining("sepakat.attachment.max.mb");
    }
}
