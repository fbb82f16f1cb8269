package org.wic.registry.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    @Test
    void theHexHmacSha256OfTheBodyKeyedWithTheSecret() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void anotherSecretOrBodySignsDifferently() {
        byte[] body = "{\"cursor\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.of("whsec_a", body)).isNotEqualTo(WebhookSignature.of("whsec_b", body));
        assertThat(WebhookSignature.of("whsec_a", body)).isNotEqualTo(WebhookSignature.of("whsec_a", "{\"cursor\":\"2\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
