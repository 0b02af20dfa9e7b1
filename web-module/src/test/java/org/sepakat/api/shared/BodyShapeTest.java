package org.sepakat.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.FieldProblem;

class BodyShapeTest {

    enum Kind {
        INTERNAL,
        EXTERNAL
    }

    record Line(String name, Kind kind, BigDecimal threshold) {}

    record Doc(
            Long id, String title, Kind kind, List<Line> lines, LocalDate validFrom, boolean stated, Integer count) {}

    private static List<FieldProblem> problems(String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return BodyShape.problems(Doc.class, value);
    }

    private static List<String> fields(String json) {
        return problems(json).stream()
                .map(p -> p.field() + " " + p.messageKey())
                .toList();
    }

    @Test
    @DisplayName("A body of the record's shape passes, read-only fields and nulls included")
    void fittingBodyPasses() {
        assertThat(problems("{\"id\":1,\"title\":\"x\",\"kind\":\"INTERNAL\",\"lines\":[{\"name\":\"a\",\"kind\":null,"
                        + "\"threshold\":99.5}],\"validFrom\":\"2026-10-01\",\"stated\":true,\"count\":3}"))
                .isEmpty();
        assertThat(problems("{}")).isEmpty();
    }

    @Test
    @DisplayName("Every unknown field is named with its path, none is ignored")
    void unknownFieldsAreNamed() {
        assertThat(fields("{\"serviceIds\":[1],\"lines\":[{\"name\":\"a\"},{\"nmae\":\"b\"}]}"))
                .containsExactlyInAnyOrder(
                        "serviceIds error.json.unknownField", "lines[1].nmae error.json.unknownField");
        assertThat(problems("{\"foo\":1}").get(0).arguments())
                .containsExactly("foo", "count, id, kind, lines, stated, title, validFrom");
    }

    @Test
    @DisplayName("An unknown enum value is named with the allowed constants")
    void unknownEnumValueIsNamed() {
        List<FieldProblem> found = problems("{\"kind\":\"PARTNER\",\"lines\":[{\"kind\":\"internal\"}]}");
        assertThat(found).extracting(FieldProblem::field).containsExactly("kind", "lines[0].kind");
        assertThat(found.get(0).messageKey()).isEqualTo("error.json.enum");
        assertThat(found.get(0).arguments()).containsExactly("PARTNER", "INTERNAL, EXTERNAL");
    }

    @Test
    @DisplayName("Wrong JSON types are named: string for a number, object for a list, number for text, bad dates")
    void wrongTypesAreNamed() {
        assertThat(fields("{\"id\":\"7\",\"title\":5,\"lines\":{\"name\":\"a\"},\"validFrom\":\"31.10.2026\","
                        + "\"stated\":\"yes\",\"count\":1.5}"))
                .containsExactlyInAnyOrder(
                        "id error.json.integer",
                        "title error.json.string",
                        "lines error.json.array",
                        "validFrom error.json.date",
                        "stated error.json.boolean",
                        "count error.json.integer");
        assertThat(fields("{\"lines\":[null, 3, {\"threshold\":\"high\"}]}"))
                .containsExactly(
                        "lines[0] error.json.null",
                        "lines[1] error.json.object",
                        "lines[2].threshold error.json.number");
        assertThat(fields("{\"stated\":null,\"count\":99999999999}"))
                .containsExactly("stated error.json.null", "count error.json.integer");
        assertThat(fields("[1]")).containsExactly("body error.json.object");
    }
}
