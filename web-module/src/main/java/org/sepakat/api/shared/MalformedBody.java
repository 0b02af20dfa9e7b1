package org.sepakat.api.shared;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;

/** A request body that is not JSON at all; answered 400 "Malformed request body", naming where it broke. */
class MalformedBody extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;

    MalformedBody(JsonException cause) {
        super(cause.getMessage(), cause);
        JsonLocation at = cause instanceof JsonParsingException parsing ? parsing.getLocation() : null;
        this.line = at == null ? -1 : at.getLineNumber();
        this.column = at == null ? -1 : at.getColumnNumber();
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }
}
