package org.wic.registry.account;

import org.wic.registry.error.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An account's username: 3 to 50 of a–z, 0–9, dot, dash and underscore, starting with a letter or
 * digit; or an e-mail address of up to 100 characters (the username of an invited representative).
 * Case does not matter.
 */
public record Username(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}|(?=.{6,100}$)[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\\.[a-z0-9-]+)+");

    public Username {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInputException("username",
                    "must be 3 to 50 characters of a-z, 0-9, '.', '-' or '_', starting with a letter or digit, or an e-mail address");
        }
    }

    /** Reads a username as typed: surrounding blanks and case do not matter. */
    public static Username of(String typed) {
        return new Username(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
