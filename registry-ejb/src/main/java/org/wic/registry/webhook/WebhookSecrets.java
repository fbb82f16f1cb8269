package org.wic.registry.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.crypto.SealedText;
import org.wic.registry.error.NotConfiguredException;

import java.security.SecureRandom;
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
        return SealedText.seal(key(), secret);
    }

    /** The secret, unless the key cannot read it (it was changed, or is not set). */
    Optional<String> tryOpen(String stored) {
        try {
            return SealedText.open(key(), stored);
        } catch (NotConfiguredException e) {
            return Optional.empty();
        }
    }

    /** @throws NotConfiguredException while REGISTRY_WEBHOOK_KEY is not set (or not 32 bytes in Base64) */
    void requireKey() {
        key();
    }

    private byte[] key() {
        return SealedText.key(configuredKey).orElseThrow(() ->
                new NotConfiguredException("Webhooks are not configured on this registry: REGISTRY_WEBHOOK_KEY must hold 32 random bytes in Base64."));
    }
}
