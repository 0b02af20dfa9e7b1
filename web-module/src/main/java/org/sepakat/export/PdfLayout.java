package org.sepakat.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sepakat.shared.entity.AgreedDocumentVersion;

/**
 * The look of every PDF Sepakat hands to a customer (SLA documents, period reports): A4, one
 * title, section headings, a facts table and bordered tables with a shaded header row; on every page a
 * header naming the document and a footer with its version and "Page x of y", in its language.
 */
public final class PdfLayout {

    public static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, new Color(0x12, 0x35, 0x5b));
    public static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(0x12, 0x35, 0x5b));
    public static final Font TEXT = new Font(Font.HELVETICA, 10);
    public static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    public static final Font CELL = new Font(Font.HELVETICA, 9);
    public static final Font CELL_BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font FRAME = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x55, 0x5b, 0x63));
    private static final Color HEADER_FILL = new Color(0xe4, 0xe7, 0xeb);
    private static final float MARGIN = 48;
    private static final float FRAME_OFFSET = 26;
    private static final float SPACE_AFTER = 12;

    private PdfLayout() {}

    public static Document a4() {
        return new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
    }

    /** The document {@code content} writes, titled, before it is framed. */
    public static byte[] render(String title, Consumer<Document> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = a4();
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        content.accept(document);
        document.close();
        return out.toByteArray();
    }

    /**
     * The finished document with each page framed: {@code header} at the top ("Service level agreement ·
     * SLA-FIN-7"), {@code version} and "Page x of y" at the foot. Stamped once the page count is known.
     */
    public static byte[] framed(byte[] pdf, String header, String version, DocumentText text) {
        try (PdfReader reader = new PdfReader(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte over = stamper.getOverContent(page);
                float right = size.getWidth() - MARGIN;
                line(over, Element.ALIGN_LEFT, header, MARGIN, size.getHeight() - FRAME_OFFSET);
                line(over, Element.ALIGN_LEFT, version, MARGIN, FRAME_OFFSET);
                line(over, Element.ALIGN_RIGHT, text.label("doc.page", page, pages), right, FRAME_OFFSET);
            }
            stamper.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PdfContentByte canvas, int alignment, String text, float x, float y) {
        ColumnText.showTextAligned(canvas, alignment, new Phrase(text, FRAME), x, y, 0);
    }

    public static void section(Document document, String title) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    /** A borderless two-column table of label and value, for a document's header. */
    public static PdfPTable facts() {
        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(8);
        return facts;
    }

    public static void fact(PdfPTable facts, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, BOLD));
        name.setBorder(PdfPCell.NO_BORDER);
        facts.addCell(name);
        PdfPCell content = new PdfPCell(new Phrase(orDash(value), TEXT));
        content.setBorder(PdfPCell.NO_BORDER);
        facts.addCell(content);
    }

    /** A full-width table whose header row (repeated on each page) holds these labels. */
    public static PdfPTable table(String... headers) {
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, CELL_BOLD));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    public static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new Phrase(value == null ? "" : value, CELL));
        }
    }

    /**
     * The signatures of a controlled document (SLM-1, SUP-2): one row per agreed version with its number, the
     * provider's signatory by display name (a user name staff do not know is shown as is), the other side's
     * signatory ({@code otherSide}, headed {@code otherSideKey}) and when it was agreed, in the document's zone.
     */
    public static <V extends AgreedDocumentVersion> void signatures(
            Document document,
            List<V> versions,
            String otherSideKey,
            Function<V, String> otherSide,
            String zone,
            DocumentText text,
            Map<String, String> displayNames) {
        section(document, text.label("sla.signatures"));
        PdfPTable table =
                table(text.labels("sla.version.number", "sla.version.provider", otherSideKey, "sla.version.agreedAt"));
        for (V v : versions) {
            cells(
                    table,
                    String.valueOf(v.getNumber()),
                    displayNames.getOrDefault(v.getProviderApprover(), v.getProviderApprover()),
                    otherSide.apply(v),
                    text.moment(v.getAgreedAt(), zone));
        }
        add(document, table, versions.isEmpty(), text.label("sla.doc.none"));
    }

    /**
     * Adds the table, or the "none" text in its place when it has no rows; the space after it is the element's
     * own, never an empty line, which could start a page of its own after the last table.
     */
    public static void add(Document document, PdfPTable table, boolean empty, String noneText) {
        if (empty) {
            Paragraph none = new Paragraph(noneText, TEXT);
            none.setAlignment(Element.ALIGN_LEFT);
            none.setSpacingAfter(SPACE_AFTER);
            document.add(none);
        } else {
            table.setSpacingAfter(SPACE_AFTER);
            document.add(table);
        }
    }

    public static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
