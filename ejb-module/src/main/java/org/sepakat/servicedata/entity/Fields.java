package org.sepakat.servicedata.entity;

import java.util.List;
import java.util.Objects;

/** Names the fields two states of a record differ in. */
final class Fields {

    private Fields() {}

    static void compare(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }
}
