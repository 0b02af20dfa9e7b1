package org.sepakat.it.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.RunAs;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.SupplierAgreement;

/**
 * Issue 13 §2: the documents of a supplier agreement over REST, as an integrating system sends and fetches them. The
 * agreement is made through the boundaries inside the server; the requests go to the same server over HTTP, as a
 * client's would. Derby and PostgreSQL.
 */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class AgreementAttachmentsIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(AgreementAttachmentsIT.class, Contracts.class);
    }

    @Inject
    Contracts contracts;

    @Inject
    StaffDirectory staff;

    @Inject
    RunAs runAs;

    @Inject
    HttpServletRequest request;

    private record Reply(int status, String contentType, byte[] body, HttpResponse<byte[]> response) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
                return reader.readObject();
            }
        }

        JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
                return reader.readArray();
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + new String(body, 0, Math.min(body.length, 2000), StandardCharsets.UTF_8);
        }
    }

    /** This server, as the test request reached it, under the test deployment's context root. */
    private String api(Long agreementId) {
        return "http://localhost:" + request.getLocalPort() + "/sepakat-web/api/v1/supplier-agreements/" + agreementId
                + "/attachments";
    }

    private static HttpRequest.Builder as(String user, String url) {
        String basic =
                Base64.getEncoder().encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "*/*");
    }

    private static Reply send(HttpRequest.Builder builder) throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response);
    }

    private Reply upload(String user, Long agreementId, String fileName, byte[] content, String description)
            throws Exception {
        String boundary = "sepakat-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n" + description
                        + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(as(user, api(agreementId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static byte[] pdf(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** The first bytes of a Windows executable ("MZ", the DOS header) and some more. */
    private static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        exe[4] = 3;
        exe[8] = 4;
        exe[12] = (byte) 0xff;
        exe[13] = (byte) 0xff;
        return exe;
    }

    private Long draftContract() throws Exception {
        runAs.user(DemoUsers.SUPMAN);
        SupplierAgreement draft =
                contracts.draft(LocalDate.now().minusMonths(2), "P1Y", RenewalKind.TACIT, "P1Y", "P3M", null, null);
        runAs.nobody();
        return draft.getId();
    }

    private static void refused(Reply reply, int status, String field, String... words) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        if (field != null) {
            assertThat(problem.getJsonArray("violations").getJsonObject(0).getString("field"))
                    .isEqualTo(field);
        }
        for (String word : words) {
            assertThat(problem.getString("detail")).contains(word);
        }
    }

    @Test
    @DisplayName("Issue 13 §2: a signed contract as PDF is attached to the version being drafted, listed with its type"
            + " read from the content and who attached it, and downloaded byte for byte under a safe name, as an"
            + " attachment the browser must not sniff; removed, it is gone")
    void pdfRoundTrip() throws Exception {
        Long agreement = draftContract();
        byte[] contract = pdf("Perjanjian layanan hosting, ditandatangani kedua pihak");
        runAs.user(DemoUsers.SUPMAN);
        String supmanName = staff.displayNames(List.of(DemoUsers.SUPMAN)).get(DemoUsers.SUPMAN);
        runAs.nobody();

        Reply created = upload(DemoUsers.SUPMAN, agreement, "Kontrak Awan \u00fc.pdf", contract, "Signed contract");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject attached = created.json();
        assertThat(attached.getString("fileName")).isEqualTo("Kontrak Awan \u00fc.pdf");
        assertThat(attached.getString("contentType")).isEqualTo("application/pdf");
        assertThat(attached.getInt("agreementVersion"))
                .as("a draft's: the version being drafted")
                .isEqualTo(1);
        assertThat(attached.getJsonNumber("size").longValue()).isEqualTo(contract.length);
        assertThat(attached.getString("description")).isEqualTo("Signed contract");
        assertThat(attached.getString("uploadedByName")).isEqualTo(supmanName);
        assertThat(attached.getBoolean("removable")).isTrue();
        long id = attached.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).endsWith("/attachments/" + id);

        Reply listed = send(as(DemoUsers.AUDITOR, api(agreement)).GET());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.jsonArray()).hasSize(1);
        assertThat(listed.jsonArray().getJsonObject(0).getString("fileName")).isEqualTo("Kontrak Awan \u00fc.pdf");

        Reply download = send(as(DemoUsers.AUDITOR, api(agreement) + "/" + id).GET());
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Kontrak Awan _.pdf\"; filename*=UTF-8''Kontrak%20Awan%20%C3%BC.pdf");
        assertThat(Arrays.equals(download.body(), contract)).as("byte for byte").isTrue();

        Reply removed =
                send(as(DemoUsers.SUPMAN, api(agreement) + "/" + id + "?version=" + attached.getJsonNumber("version"))
                        .DELETE());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(send(as(DemoUsers.SUPMAN, api(agreement)).GET()).jsonArray()).isEmpty();
        assertThat(send(as(DemoUsers.SUPMAN, api(agreement) + "/" + id).GET()).status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("Issue 13 §2: the type is read from the content: an executable named .pdf is refused (422 naming"
            + " file and the type found), a file over 10 MB is refused as too large (413); nothing is stored")
    void refusedFiles() throws Exception {
        Long agreement = draftContract();

        refused(
                upload(DemoUsers.SUPMAN, agreement, "contract.pdf", exe(), "not a contract"),
                422,
                "file",
                "application/x-msdownload");
        byte[] large = new byte[11 * 1024 * 1024];
        Arrays.fill(large, (byte) 'a');
        refused(upload(DemoUsers.SUPMAN, agreement, "big.txt", large, "too big"), 413, "file", "10 MB");

        assertThat(send(as(DemoUsers.SUPMAN, api(agreement)).GET()).jsonArray()).isEmpty();
    }

    @Test
    @DisplayName("X-4: the auditor reads and downloads but may not attach (403); a relationship manager whose"
            + " customers this supplier serves none of does not see the agreement's documents at all (404)")
    void rolesAndScope() throws Exception {
        Long agreement = draftContract();
        Reply created = upload(
                DemoUsers.ADMIN, agreement, "C:\\fakepath\\annex.txt", "Annex 1: service hours\n".getBytes(), "");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("contentType")).isEqualTo("text/plain");
        assertThat(created.json().getString("fileName"))
                .as("without the folder")
                .isEqualTo("annex.txt");
        long id = created.json().getJsonNumber("id").longValue();

        assertThat(send(as(DemoUsers.AUDITOR, api(agreement) + "/" + id).GET()).status())
                .isEqualTo(200);
        Reply auditorUpload = upload(DemoUsers.AUDITOR, agreement, "annex2.txt", "Annex 2\n".getBytes(), "");
        assertThat(auditorUpload.status()).as(auditorUpload.toString()).isEqualTo(403);

        refused(send(as(DemoUsers.RELMAN, api(agreement)).GET()), 404, null);
        refused(send(as(DemoUsers.RELMAN, api(agreement) + "/" + id).GET()), 404, null);
        assertThat(send(as(DemoUsers.SUPMAN, api(agreement)).GET()).jsonArray()).hasSize(1);
    }
}
