package org.wic.registry.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** What a caller sends to prove who it is: HTTP Basic for accounts, X-API-Key for partners. */
public record Credentials(String header, String value, String name) {

    public static Credentials basic(String username, String password) {
        String pair = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Credentials("Authorization", "Basic " + pair, username);
    }

    public static Credentials apiKey(String key) {
        return new Credentials("X-API-Key", key, key.substring(0, Math.min(12, key.length())));
    }

    /** The password of Basic credentials. */
    public String password() {
        return new String(Base64.getDecoder().decode(value.substring("Basic ".length())), StandardCharsets.UTF_8).split(":", 2)[1];
    }

    @Override
    public String toString() {
        return name; // never the secret
    }
}
