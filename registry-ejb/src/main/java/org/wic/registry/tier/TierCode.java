package org.wic.registry.tier;

import org.wic.registry.error.InvalidInputException;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A tier's code: 2 to 30 of A–Z, 0–9 and underscore, starting with a letter ({@code FULL}, {@code STRATEGIC}). */
public record TierCode(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    public TierCode {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInputException("code", "must be 2 to 30 of A-Z, 0-9 and '_', starting with a letter");
        }
    }

    public static TierCode of(String typed) {
        return new TierCode(normalized(typed));
    }

    /** The code a request names, or empty when it is none (then no tier has it). */
    public static Optional<TierCode> parse(String typed) {
        String code = normalized(typed);
        return code != null && VALID.matcher(code).matches() ? Optional.of(new TierCode(code)) : Optional.empty();
    }

    private static String normalized(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
