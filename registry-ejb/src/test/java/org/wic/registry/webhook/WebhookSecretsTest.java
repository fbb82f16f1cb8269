package org.wic.registry.webhook;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.NotConfiguredException;

import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSecretsTest {

    private static final String KEY = "g47LFEsZe1n/05d+viMP+YSpOZT0jMhHhr9maeigA7Y=";
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final WebhookSecrets secrets = new WebhookSecrets(Optional.of(KEY));

    @Test
    void aSealedSecretOpensWithTheSameKeyAndIsNotKeptInTheClear() {
        String secret = secrets.issue();
        String sealed = secrets.seal(secret);

        assertThat(secret).startsWith("whsec_");
        assertThat(sealed).doesNotContain(secret.substring(WebhookSecrets.PREFIX.length()));
        assertThat(secrets.tryOpen(sealed)).contains(secret);
        assertThat(secrets.seal(secret)).as("a fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void anotherKeyOrAnythingNotSealedCannotBeOpened() {
        String sealed = secrets.seal(secrets.issue());

        assertThat(new WebhookSecrets(Optional.of(OTHER_KEY)).tryOpen(sealed)).isEmpty();
        assertThat(new WebhookSecrets(Optional.empty()).tryOpen(sealed)).isEmpty();
        assertThat(secrets.tryOpen("c2VhbGVkIHVuZGVyIGFub3RoZXIga2V5")).as("shorter than an IV and a tag").isEmpty();
        assertThat(secrets.tryOpen("not base64!")).isEmpty();
    }

    @Test
    void withoutAKeyOfThirtyTwoBytesNothingCanBeSealed() {
        assertThatThrownBy(() -> new WebhookSecrets(Optional.empty()).seal("whsec_x")).isInstanceOf(NotConfiguredException.class);
        assertThatThrownBy(() -> new WebhookSecrets(Optional.of("c2hvcnQ=")).requireKey()).isInstanceOf(NotConfiguredException.class);
    }
}
