package org.wic.registry.idempotency;

import org.wic.registry.error.InvalidInputException;

import java.util.regex.Pattern;

/** The client's Idempotency-Key: 16 to 255 of letters, digits and {@code . _ : -} (a UUID is ideal). */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{16,255}");

    public IdempotencyKey {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInputException(HEADER, "must be 16 to 255 letters, digits, '.', '_', ':' or '-'; a random UUID is best");
        }
    }
}
