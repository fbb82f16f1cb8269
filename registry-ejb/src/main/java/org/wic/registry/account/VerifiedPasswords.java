package org.wic.registry.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a few minutes that a password matched a stored hash, so that HTTP Basic, which
 * sends the password with every request, does not cost a 200 ms PBKDF2 verification each time.
 * <p>
 * Entries are an HMAC, under a key that exists only in this process's memory, of the stored hash
 * and the presented password: nothing a password can be read back from, and a changed password
 * (a new stored hash) never matches an old entry. Failed verifications are never remembered.
 * Each server instance keeps its own; it is a cache, not shared state.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    @Inject
    private Clock clock;

    public VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    VerifiedPasswords(Clock clock) {
        this();
        this.clock = clock;
    }

    public boolean contains(String storedHash, String password) {
        Instant expiry = verified.get(entry(storedHash, password));
        return expiry != null && clock.instant().isBefore(expiry);
    }

    public void remember(String storedHash, String password) {
        if (verified.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            verified.values().removeIf(expiry -> !now.isBefore(expiry));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(entry(storedHash, password), clock.instant().plus(LIFETIME));
    }

    private String entry(String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
