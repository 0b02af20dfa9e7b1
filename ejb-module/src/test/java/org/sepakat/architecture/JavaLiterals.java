package org.sepakat.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The contents of the string literals and text blocks of a Java source, comments and character
 * literals skipped; escapes are kept as written, which is enough to find names in them.
 */
final class JavaLiterals {

    private JavaLiterals() {}

    static List<String> of(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            if (source.startsWith("//", i)) {
                i = end(source.indexOf('\n', i), n);
            } else if (source.startsWith("/*", i)) {
                i = end(source.indexOf("*/", i + 2), n) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = closing(source, i + 3, "\"\"\"");
                literals.add(source.substring(i + 3, close));
                i = close + 3;
            } else if (source.charAt(i) == '"') {
                int close = closing(source, i + 1, "\"");
                literals.add(source.substring(i + 1, close));
                i = close + 1;
            } else if (source.charAt(i) == '\'') {
                i = closing(source, i + 1, "'") + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The index of {@code quote} closing a literal opened before {@code from}, backslash escapes skipped. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }

    private static int end(int index, int length) {
        return index < 0 ? length : index;
    }
}
