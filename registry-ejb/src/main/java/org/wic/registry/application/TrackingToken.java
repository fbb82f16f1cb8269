package org.wic.registry.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The applicant's secret for following an application: {@code trk_} and 32 random bytes, shown
 * once, stored only as a salted SHA-256 (256 random bits need no slow hash).
 */
public final class TrackingToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "trk_";

    private TrackingToken() {
    }

    /** A new token and the hash to store. */
    public record Issued(String token, String hash) {
    }

    public static Issued issue() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new Issued(token, Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(digest(salt, token)));
    }

    /** Whether a presented token is the one this hash was made from (constant time). */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || presented.length() > 100) {
            return false;
        }
        String[] parts = storedHash.split(":", 2);
        return MessageDigest.isEqual(Base64.getDecoder().decode(parts[1]), digest(Base64.getDecoder().decode(parts[0]), presented.strip()));
    }

    private static byte[] digest(byte[] salt, String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
