package org.sepakat.shared.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares two descriptions of a record (audit states, agreement versions) field by field. */
public final class Changes {

    public record Change(String field, String oldValue, String newValue) {}

    private Changes() {}

    public static List<Change> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String oldValue = blankToNull(before.get(field));
            String newValue = blankToNull(after.get(field));
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new Change(field, oldValue, newValue));
            }
        }
        return changes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
