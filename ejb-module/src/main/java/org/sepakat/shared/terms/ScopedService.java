package org.sepakat.shared.terms;

import java.util.Objects;

/** A service whose data an agreement covers, by id and catalogue code. */
public record ScopedService(long id, String code) {

    public ScopedService {
        Objects.requireNonNull(code, "code");
    }
}
