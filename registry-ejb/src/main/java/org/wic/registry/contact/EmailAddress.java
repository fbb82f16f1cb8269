package org.wic.registry.contact;

import org.wic.registry.error.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address: pragmatic, not RFC 5322 (one @, no blanks or control characters, a dot in the
 * domain, at most 254 characters), stripped, its domain in lower case (the local part, strictly,
 * is case-sensitive and kept as typed).
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    public static final String RULE = "must be an email address such as name@example.org";
    private static final Pattern FORM = Pattern.compile("[^@\\s\\p{C}]{1,64}@[^@\\s\\p{C}.]+(\\.[^@\\s\\p{C}.]+)+");

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new InvalidInputException("email", RULE);
        }
        int at = value.lastIndexOf('@');
        value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** An address as typed (stripped). */
    public static EmailAddress of(String typed) {
        return new EmailAddress(typed == null ? "" : typed.strip());
    }

    /** In lower case throughout: how the registry finds every record of one person (personal data requests). */
    public String folded() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
