package org.sepakat.export;

/**
 * Text that a spreadsheet program will show as text and never run as a formula ("CSV injection").
 * A formula starts with = + - @, a tab or a carriage return. Every text cell Sepakat exports goes
 * through here; numbers are exported as numbers and are not touched.
 */
public final class SpreadsheetText {

    private static final String SEPARATORS = ",;\t\r\n";

    private SpreadsheetText() {}

    /** A workbook cell: it is one cell whatever it holds, so only its first character matters. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return startsFormula(value.charAt(0)) ? "'" + value : value;
    }

    /**
     * A CSV cell: a program that splits on another list separator than the file's (Excel with
     * Indonesian regional settings splits on ";") reads every piece between separators as a cell
     * of its own, so every piece whose first non-blank character could start a formula gets an
     * apostrophe in front of it: {@code x;=1+1} becomes {@code x;'=1+1}.
     */
    public static String neutraliseDelimited(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        StringBuilder safe = new StringBuilder(value.length() + 4);
        boolean pieceStarts = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (pieceStarts && startsFormula(c)) {
                safe.append('\'');
            }
            safe.append(c);
            if (SEPARATORS.indexOf(c) >= 0) {
                pieceStarts = true;
            } else if (c != ' ') {
                pieceStarts = false;
            }
        }
        return safe.toString();
    }

    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
