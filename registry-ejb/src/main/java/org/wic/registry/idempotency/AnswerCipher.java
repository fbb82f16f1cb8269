package org.wic.registry.idempotency;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keeps a first answer unreadable at rest: AES-256-GCM under a key derived from the client's
 * Idempotency-Key, which the database never holds (only a hash of it, under a different label).
 * An answer may hold a secret shown once, such as an application's tracking token.
 */
final class AnswerCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private AnswerCipher() {
    }

    /** What finds the request's row: a hash of where, who and the key. */
    static String lookupHash(String scope, String caller, IdempotencyKey key) {
        return HexFormat.of().formatHex(sha256("lookup", scope, caller, key.value()));
    }

    static String encrypt(String answer, String scope, String caller, IdempotencyKey key) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, scope, caller, key);
            byte[] sealed = cipher.doFinal(answer.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    static String decrypt(String stored, String scope, String caller, IdempotencyKey key) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), scope, caller, key);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored answer cannot be read with this key", e);
        }
    }

    private static Cipher cipher(int mode, byte[] iv, String scope, String caller, IdempotencyKey key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(sha256("answer-key", scope, caller, key.value()), "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD((scope + "\u0000" + caller).getBytes(StandardCharsets.UTF_8));
        return cipher;
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

    static String requestHash(String canonicalBody) {
        return HexFormat.of().formatHex(sha256("request", canonicalBody));
    }
}
