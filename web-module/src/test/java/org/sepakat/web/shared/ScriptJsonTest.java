package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Stored text in a page's script configuration can neither end the script nor break its lines. */
class ScriptJsonTest {

    private static final String MARKUP = "</script><base href=\"https://evil.example/\">&amp;\u2028\u2029";

    @Test
    void markupAndLineSeparatorsAreEscapedInsideStrings() {
        String json =
                ScriptJson.of(Json.createObjectBuilder().add("label", MARKUP).build());

        assertThat(json)
                .doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e\\u003cbase", "\\u0026amp;", "\\u2028\\u2029");
    }

    @Test
    void theEscapedJsonReadsBackAsTheSameText() {
        String json = ScriptJson.of(
                Json.createObjectBuilder().add("label", MARKUP).add("n", 3).build());
        JsonObject read = Json.createReader(new StringReader(json)).readObject();

        assertThat(read.getString("label")).isEqualTo(MARKUP);
        assertThat(read.getInt("n")).isEqualTo(3);
    }
}
