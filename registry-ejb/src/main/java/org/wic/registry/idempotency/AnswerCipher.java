package org.wic.registry.idempotency;

import org.wic.registry.crypto.SealedText;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Keeps a first answer unreadable at rest: AES-256-GCM under a key derived from the client's
 * Idempotency-Key, which the database never holds (only a hash of it, under a different label).
 * An answer may hold a secret shown once, such as an application's tracking token.
 */
final class AnswerCipher {

    private AnswerCipher() {
    }

    /** What finds the request's row: a hash of where, who and the key. */
    static String lookupHash(String scope, String caller, IdempotencyKey key) {
        return HexFormat.of().formatHex(sha256("lookup", scope, caller, key.value()));
    }

    static String encrypt(String answer, String scope, String caller, IdempotencyKey key) {
        return SealedText.seal(answerKey(scope, caller, key), answer, associatedData(scope, caller));
    }

    static String decrypt(String stored, String scope, String caller, IdempotencyKey key) {
        return SealedText.open(answerKey(scope, caller, key), stored, associatedData(scope, caller))
                .orElseThrow(() -> new IllegalStateException("the stored answer cannot be read with this key"));
    }

    private static byte[] answerKey(String scope, String caller, IdempotencyKey key) {
        return sha256("answer-key", scope, caller, key.value());
    }

    private static byte[] associatedData(String scope, String caller) {
        return (scope + "\u0000" + caller).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(String label, String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("wic-registry-idempotency:" + label).getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                digest.update((byte) 0);
                digest.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * What tells a retry from another request: a hash of the body keyed with the client's key (never
     * stored), so that the hash of a body carrying a password cannot be tried against guesses.
     */
    static String requestHash(String canonicalBody, IdempotencyKey key) {
        return HexFormat.of().formatHex(sha256("request", key.value(), canonicalBody));
    }

    /** The operation as stored: as it is, or, for a long path, a hash of it (the lookup hash covers it either way). */
    static String storedScope(String scope, int maxLength) {
        return scope.length() <= maxLength ? scope : "sha256:" + HexFormat.of().formatHex(sha256("scope", scope));
    }
}
