package org.wic.registry.server;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandMailTest {

    @Test
    void theReadyOutputSaysWhereMailGoesOrThatItWaits() {
        assertThat(RegistryServer.mail(Map.of())).contains("not sent").contains("REGISTRY_SMTP_HOST");
        assertThat(RegistryServer.mail(Map.of("REGISTRY_SMTP_HOST", "smtp.wic.example", "REGISTRY_PUBLIC_URL", "https://registry.wic.example")))
                .isEqualTo("E-mail: sent through smtp.wic.example:587 (starttls), links to https://registry.wic.example");
    }

    @Test
    void theSmtpPasswordIsNeverShown() {
        assertThat(RegistryServer.mail(Map.of("REGISTRY_SMTP_HOST", "smtp.wic.example", "REGISTRY_SMTP_PASSWORD", "s3cret-pass")))
                .doesNotContain("s3cret-pass");
    }
}
