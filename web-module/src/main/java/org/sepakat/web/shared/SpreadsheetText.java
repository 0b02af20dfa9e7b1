package org.sepakat.web.shared;

/**
 * Text for a CSV or spreadsheet cell that a spreadsheet program will show as text and never run
 * as a formula ("CSV injection"): a value starting with = + - @, a tab or a carriage return gets
 * a leading apostrophe. Every text cell Sepakat exports goes through here; numbers are exported
 * as numbers and are not touched.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
