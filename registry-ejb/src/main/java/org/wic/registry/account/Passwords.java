package org.wic.registry.account;

import java.security.SecureRandom;
import java.util.Base64;

/** Generated passwords: 18 random bytes, 24 characters of base64url (144 bits). */
public final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
