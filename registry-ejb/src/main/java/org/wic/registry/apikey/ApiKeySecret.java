package org.wic.registry.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a partner API key: {@code wic_<prefix>_<secret>}. The prefix (8 random letters and
 * digits) is visible in listings and finds the key's row; the secret (32 random bytes, base64url)
 * is stored only as a salted SHA-256. A fast hash suits a secret of 256 random bits, which no
 * dictionary holds; passwords, which people choose, get PBKDF2 instead.
 */
public final class ApiKeySecret {

    private static final String SCHEME = "wic_";
    private static final Pattern SHAPE = Pattern.compile("wic_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{43})");
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecret() {
    }

    /** A new key: the whole key (shown once), its visible prefix, and the hash to store. */
    public record Issued(String key, String prefix, String secretHash) {
    }

    /** A key as presented: its prefix and its secret. */
    public record Presented(String prefix, String secret) {
    }

    public static Issued issue() {
        var prefix = new StringBuilder(SCHEME);
        for (int i = 0; i < 8; i++) {
            prefix.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        return new Issued(prefix + "_" + secret, prefix.toString(), hash(secret));
    }

    /** Reads a presented key; anything not of the key's shape is no key at all. */
    public static Optional<Presented> parse(String presented) {
        Matcher matcher = SHAPE.matcher(presented == null ? "" : presented.strip());
        return matcher.matches() ? Optional.of(new Presented(SCHEME + matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    static String hash(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(digest(salt, secret));
    }

    /** Whether a presented secret is the one this stored hash was made from (compared in constant time). */
    public static boolean matches(String secret, String storedHash) {
        String[] parts = storedHash.split(":", 2);
        byte[] salt = Base64.getDecoder().decode(parts[0]);
        return MessageDigest.isEqual(Base64.getDecoder().decode(parts[1]), digest(salt, secret));
    }

    private static byte[] digest(byte[] salt, String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
