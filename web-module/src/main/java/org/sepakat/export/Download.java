package org.sepakat.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.sepakat.common.Messages;

/**
 * A document handed over as a file (SLA and report PDFs, CSV, workbooks), from the pages' links
 * and from the REST API alike: its language, its file name and how it is sent.
 */
public final class Download {

    public static final String PDF = "application/pdf";
    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Download() {}

    /** The language asked for with {@code lang=en|id}; English for anything else. */
    public static Locale language(String lang) {
        return Messages.LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(lang))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** A file name from business keys: letters, digits and . _ - stay, anything else (a slash) becomes _. */
    public static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The Content-Disposition value that saves the file under that name. */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }

    /**
     * The Content-Disposition value for a file named by a person (a contract document): RFC 6266, the name in full as
     * {@code filename*} (UTF-8, percent-encoded) and an ASCII stand-in as {@code filename} for old clients, in which
     * anything else (accents, quotes, backslashes, percent signs) becomes _.
     */
    public static String storedAttachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        fileName.codePoints()
                .forEach(c ->
                        ascii.appendCodePoint(c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '%' ? '_' : c));
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Sends the file as the whole response. */
    public static void send(HttpServletResponse response, String type, String fileName, byte[] content)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", attachment(fileName));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
