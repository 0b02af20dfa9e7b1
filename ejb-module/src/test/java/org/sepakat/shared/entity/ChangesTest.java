package org.sepakat.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangesTest {

    private static Map<String, String> state(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    @DisplayName("X-1: only fields whose value differs are changes; empty and missing count as no value")
    void onlyRealChangesAreListed() {
        var changes = Changes.between(
                state("code", "FIN", "name", "Finance", "email", ""),
                state("code", "FIN", "name", "Finance Division", "phone", "021"));
        assertThat(changes)
                .containsExactly(
                        new Changes.Change("name", "Finance", "Finance Division"),
                        new Changes.Change("phone", null, "021"));
    }

    @Test
    void creationListsEveryFilledField() {
        assertThat(Changes.between(Map.of(), state("code", "FIN", "email", null)))
                .containsExactly(new Changes.Change("code", null, "FIN"));
    }
}
