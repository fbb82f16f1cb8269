package org.wic.registry.error;

import java.util.Objects;

/** One rejected input: the request field (or query parameter) and what is wrong with it. */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
