package org.sepakat.web.shared;

import jakarta.json.JsonValue;

/**
 * JSON that may be written into an HTML {@code <script>} element (a PrimeFaces widget's
 * configuration): the HTML parser ends a script at {@code </script>} whatever the JavaScript
 * means, and U+2028/U+2029 end a line in older JavaScript, so stored text must never carry
 * {@code <}, {@code >}, {@code &} or those separators literally. They occur in JSON only inside
 * strings, where the {@code \\u} escape reads back as the same character.
 */
public final class ScriptJson {

    private ScriptJson() {}

    /** The only way Sepakat turns data into JSON for a page's script. */
    public static String of(JsonValue value) {
        String json = value.toString();
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
