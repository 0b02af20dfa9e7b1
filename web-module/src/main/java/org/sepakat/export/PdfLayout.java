package org.sepakat.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * The look of every PDF Sepakat hands to a customer (SLA documents, period reports): A4, one
 * title, section headings, a facts table and bordered tables with a shaded header row.
 */
public final class PdfLayout {

    public static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, new Color(0x12, 0x35, 0x5b));
    public static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(0x12, 0x35, 0x5b));
    public static final Font TEXT = new Font(Font.HELVETICA, 10);
    public static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    public static final Font CELL = new Font(Font.HELVETICA, 9);
    public static final Font CELL_BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Color HEADER_FILL = new Color(0xe4, 0xe7, 0xeb);

    private PdfLayout() {}

    public static Document a4() {
        return new Document(PageSize.A4, 48, 48, 48, 48);
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

    /** Adds the table, or the "none" text in its place when it has no rows. */
    public static void add(Document document, PdfPTable table, boolean empty, String noneText) {
        if (empty) {
            Paragraph none = new Paragraph(noneText, TEXT);
            none.setAlignment(Element.ALIGN_LEFT);
            document.add(none);
        } else {
            table.setSpacingAfter(6);
            document.add(table);
        }
        document.add(Chunk.NEWLINE);
    }

    public static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
