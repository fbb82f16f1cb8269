package org.wic.registry.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.error.NotConfiguredException;

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
 * Signing secrets. Unlike passwords and API keys they cannot be kept as hashes (the registry signs
 * with them), so they are kept encrypted with AES-256-GCM under REGISTRY_WEBHOOK_KEY (32 bytes,
 * Base64), which lives outside the database. Without that key no webhook can be created.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    @ConfigProperty(name = "registry.webhook-key")
    private Optional<String> configuredKey;

    WebhookSecrets() {
        // for CDI
    }

    WebhookSecrets(Optional<String> configuredKey) {
        this.configuredKey = configuredKey;
    }

    /** A new secret, as the partner receives it. */
    String issue() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    String seal(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv).doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The secret, unless the key cannot read it (it was changed, or is not set). */
    Optional<String> tryOpen(String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            if (bytes.length < IV_BYTES + TAG_BITS / 8) {
                return Optional.empty(); // not sealed by seal(): no room for the IV and the tag
            }
            return Optional.of(new String(cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES)).doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | NotConfiguredException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @throws NotConfiguredException while REGISTRY_WEBHOOK_KEY is not set (or not 32 bytes in Base64) */
    void requireKey() {
        key();
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }

    private byte[] key() {
        byte[] key;
        try {
            key = configuredKey.map(text -> Base64.getDecoder().decode(text.strip())).orElse(new byte[0]);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw new NotConfiguredException("Webhooks are not configured on this registry: REGISTRY_WEBHOOK_KEY must hold 32 random bytes in Base64.");
        }
        return key;
    }
}
