package org.wic.registry.error;

import java.util.Objects;
import java.util.Optional;

/**
 * One rejected input: the request field (or query parameter, or a file's column) and what is wrong
 * with it; for a file, also the line.
 */
public record FieldError(String field, String message, Optional<Integer> line) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(line, "line");
    }

    public FieldError(String field, String message) {
        this(field, message, Optional.empty());
    }

    /** A value in a file: the column's name, and the line (the header being line 1). */
    public static FieldError atLine(int line, String column, String message) {
        return new FieldError(column, message, Optional.of(line));
    }
}
