package org.wic.registry.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Text sealed with AES-256-GCM: Base64 of a fresh 12-byte IV followed by the ciphertext and its
 * tag. Associated data, when given, binds the text to its context without being stored with it.
 */
public final class SealedText {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] NO_ASSOCIATED_DATA = new byte[0];

    private SealedText() {
    }

    /** The 32-byte key this Base64 text holds (REGISTRY_WEBHOOK_KEY), if it holds one. */
    public static Optional<byte[]> key(Optional<String> base64) {
        try {
            return base64.map(text -> Base64.getDecoder().decode(text.strip())).filter(key -> key.length == 32);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String seal(byte[] key, String text) {
        return seal(key, text, NO_ASSOCIATED_DATA);
    }

    public static String seal(byte[] key, String text, byte[] associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, iv, associatedData).doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public static Optional<String> open(byte[] key, String stored) {
        return open(key, stored, NO_ASSOCIATED_DATA);
    }

    /** The text, unless this key and associated data did not seal it (or it is not sealed text at all). */
    public static Optional<String> open(byte[] key, String stored, byte[] associatedData) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            if (bytes.length < IV_BYTES + TAG_BITS / 8) {
                return Optional.empty(); // no room for the IV and the tag
            }
            byte[] text = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, IV_BYTES), associatedData).doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return Optional.of(new String(text, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, byte[] associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
