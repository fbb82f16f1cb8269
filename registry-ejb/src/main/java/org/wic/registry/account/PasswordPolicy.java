package org.wic.registry.account;

import org.wic.registry.error.InvalidInputException;

/** What a new password must be: 12 to 128 characters, not blank, not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @throws InvalidInputException naming {@code field} */
    public static void check(String field, String password, Username username) {
        if (password == null || password.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidInputException(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (password.strip().equalsIgnoreCase(username.value())) {
            throw new InvalidInputException(field, "must not be the username");
        }
    }
}
