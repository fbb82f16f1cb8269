package org.wic.registry.api.json;

import org.wic.registry.error.InvalidInputException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads ISO-8601 date-times from requests, naming the field when one is not. */
public final class Instants {

    private Instants() {
    }

    /** {@code 2027-01-31T00:00:00Z} or with an offset; absent or blank is empty. */
    public static Optional<Instant> parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 date-time with an offset, such as 2027-01-31T00:00:00Z");
        }
    }
}
