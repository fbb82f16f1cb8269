package org.wic.registry.contact;

import org.wic.registry.error.InvalidInputException;

import java.util.Optional;
import java.util.regex.Pattern;

/** A phone number as people write one: 5 to 40 digits, spaces and + ( ) . - /, stripped. */
public record PhoneNumber(String value) {

    public static final String RULE = "must be 5 to 40 digits, spaces and + ( ) . - /";
    private static final Pattern FORM = Pattern.compile("\\+?[0-9 ()./-]{5,40}");

    public PhoneNumber {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidInputException("phone", RULE);
        }
    }

    /** Empty when absent or blank (no phone), else the stripped number, checked. */
    public static Optional<PhoneNumber> optional(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(text -> !text.isEmpty()).map(PhoneNumber::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
