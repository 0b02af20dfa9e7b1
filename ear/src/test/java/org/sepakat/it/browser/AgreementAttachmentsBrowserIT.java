package org.sepakat.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.Browser;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.SupplierAgreementsApi;
import org.sepakat.it.support.Unique;

/**
 * Issue 13 §2: the documents of a supplier agreement on its document page, in a real browser: the supplier
 * manager attaches a file with the page's file chooser and sees it listed (name, type by its label, size, who
 * attached it and when, with the zone) and downloads it as sent; a file too large or of a kind not accepted is
 * refused with the reason; the auditor reads the list without any control to change it.
 */
class AgreementAttachmentsBrowserIT extends SignedInBrowser {

    private static final String FORM = "attachmentForm:";
    private static final String TABLE = FORM + "attachmentTable";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
                    + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path files;

    @Override
    protected String user() {
        return DemoUsers.SUPMAN;
    }

    /** A draft OLA of a new internal supplier, made over REST; its id. */
    private static long draft() {
        SupplierAgreementsApi agreements = SupplierAgreementsApi.as(DemoUsers.SUPMAN);
        long supplier = agreements.supplier("INTERNAL_SUPPLIER", null).supplierId();
        return SupplierAgreementsApi.idOf(
                agreements.ola(supplier, Unique.code("OLA-AT"), "Relay availability", "99.9"));
    }

    private Path file(String name, byte[] content) {
        try {
            return Files.write(files.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chooses the file in the page's chooser (it is sent at once) and waits until the page names it. */
    private void choose(Path file) {
        WebElement input = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("form[id='attachmentForm'] input[type='file']")));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private List<String> row(int index) {
        return browser
                .driver()
                .findElements(By.cssSelector("[id='" + TABLE + "'] tbody tr"))
                .get(index)
                .findElements(By.tagName("td"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    @DisplayName("Issue 13 §2: supman attaches a PDF with the file chooser; it is listed with its name, 'PDF"
            + " document', its size, his name and the moment with its zone; the download gives the same bytes under"
            + " a safe Content-Disposition")
    void aDocumentIsAttachedListedAndDownloaded() throws IOException {
        long id = draft();
        Path pdf = file("Signed contract v1.pdf", PDF);
        String me = Api.as(DemoUsers.SUPMAN).get("api/v1/me").json().getString("displayName");
        Instant before = Instant.now().truncatedTo(ChronoUnit.MINUTES);

        browser.open("supplier-agreements/view.xhtml?id=" + id);
        pages.waitForText(TABLE, "No documents attached yet.");
        choose(pdf);
        pages.waitForText(FORM + "chosenFile", "Signed contract v1.pdf");
        pages.type(FORM + "attachmentDescription", "Signed by both sides");
        pages.click(FORM + "attachButton");
        pages.waitForText("messages", "Document Signed contract v1.pdf attached to version");
        pages.waitForText(TABLE, "Signed contract v1.pdf");

        List<String> cells = row(0);
        assertThat(cells.get(1)).contains("Signed contract v1.pdf", "Signed by both sides");
        assertThat(cells.get(2)).isEqualTo("PDF document");
        assertThat(cells.get(3)).isEqualTo(PDF.length + " bytes");
        assertThat(cells.get(4)).isEqualTo(me);
        Instant shown = ShownMoment.parseEnglish(cells.get(5));
        assertThat(shown).isBetween(before, Instant.now());
        assertThat(cells.get(5)).as("a moment with its zone").isEqualTo(ShownMoment.english(shown));
        assertThat(pages.present(TABLE + ":0:removeAttachmentButton"))
                .as("a document of the version being drafted can be removed")
                .isTrue();

        Path downloads = Files.createDirectory(files.resolve("downloads"));
        browser.downloadsTo(downloads);
        pages.click(TABLE + ":0:downloadLink");
        Path saved = downloads.resolve("Signed contract v1.pdf");
        browser.waiting().until(driver -> Files.exists(saved) && sizeOf(saved) == PDF.length);
        assertThat(Files.readAllBytes(saved)).isEqualTo(PDF);

        Api api = Api.as(DemoUsers.SUPMAN);
        JsonObject listed = api.get("api/v1/supplier-agreements/" + id + "/attachments")
                .jsonArray()
                .getJsonObject(0);
        String path = "api/v1/supplier-agreements/" + id + "/attachments/" + listed.getJsonNumber("id");
        Reply headers = api.bytes(path);
        assertThat(headers.status()).isEqualTo(200);
        assertThat(headers.contentType()).startsWith("application/pdf");
        assertThat(headers.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Signed contract v1.pdf\";"
                        + " filename*=UTF-8''Signed%20contract%20v1.pdf");
        assertThat(api.download(path).body()).isEqualTo(PDF);
    }

    @Test
    @DisplayName("Issue 13 §2: a file over the 10 MB limit is refused when chosen, and a file named .pdf that is no"
            + " PDF when attached, each with its reason beside the chooser; nothing is listed")
    void aTooLargeOrFalselyNamedFileIsRefusedWithTheReason() {
        long id = draft();
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        Path tooLarge = file("huge.pdf", large);
        Path program = file("invoice.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff});

        browser.open("supplier-agreements/view.xhtml?id=" + id);
        pages.waitForText(TABLE, "No documents attached yet.");
        choose(tooLarge);
        pages.waitForText("attachmentForm", "at most 10 MB is accepted");
        assertThat(pages.present(FORM + "chosenFile")).isFalse();

        choose(program);
        pages.waitForText(FORM + "chosenFile", "invoice.pdf");
        pages.click(FORM + "attachButton");
        pages.waitForText("attachmentForm", "This kind of file is not accepted");
        assertThat(pages.text(TABLE)).contains("No documents attached yet.").doesNotContain("invoice.pdf");
        assertThat(Api.as(DemoUsers.SUPMAN)
                        .get("api/v1/supplier-agreements/" + id + "/attachments")
                        .jsonArray())
                .isEmpty();
    }

    @Test
    @DisplayName("Issue 13 §2, X-4: the auditor sees an agreement's documents but no chooser, Attach or Remove")
    void theAuditorReadsTheListWithoutControls() {
        long id = draft();
        Path pdf = file("Annex A.pdf", PDF);
        browser.open("supplier-agreements/view.xhtml?id=" + id);
        choose(pdf);
        pages.waitForText(FORM + "chosenFile", "Annex A.pdf");
        pages.click(FORM + "attachButton");
        pages.waitForText(TABLE, "Annex A.pdf");

        try (Browser auditor = new Browser(Pages.BASE_URL)) {
            Pages auditorPages = new Pages(auditor);
            auditor.login(DemoUsers.AUDITOR, DemoUsers.PASSWORD);
            auditorPages.english();
            auditor.open("supplier-agreements/view.xhtml?id=" + id);
            auditorPages.waitForText(TABLE, "Annex A.pdf");
            assertThat(auditorPages.text(TABLE)).contains("PDF document");
            assertThat(auditor.driver().findElements(By.cssSelector("form[id='attachmentForm'] input[type='file']")))
                    .isEmpty();
            assertThat(auditorPages.present(FORM + "attachButton")).isFalse();
            assertThat(auditorPages.present(TABLE + ":0:removeAttachmentButton"))
                    .isFalse();
            assertThat(auditorPages.present(TABLE + ":0:downloadLink")).isTrue();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
