package org.wic.registry.member;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A member's number, {@code WIC-000123}: the value of a database sequence, never reused. */
public record MemberNumber(long value) {

    private static final Pattern SHAPE = Pattern.compile("WIC-(\\d{6,12})");

    public MemberNumber {
        if (value < 1) {
            throw new IllegalArgumentException("member numbers start at 1: " + value);
        }
    }

    /** {@code WIC-000123} in any case; anything else is no member number. */
    public static Optional<MemberNumber> parse(String text) {
        Matcher matcher = SHAPE.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(matcher.group(1));
        return value < 1 ? Optional.empty() : Optional.of(new MemberNumber(value));
    }

    @Override
    public String toString() {
        return "WIC-%06d".formatted(value);
    }
}
