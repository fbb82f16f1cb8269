package org.wic.registry.api.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    @Test
    void theUiPagesAreTheRootTheApiDocsAndTheirAssets() {
        assertThat(SecurityHeaders.isUiPage("/")).isTrue();
        assertThat(SecurityHeaders.isUiPage("/index.html")).isTrue();
        assertThat(SecurityHeaders.isUiPage("/api-docs/")).isTrue();
        assertThat(SecurityHeaders.isUiPage("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js")).isTrue();
        assertThat(SecurityHeaders.isUiPage("/api/v1/countries")).isFalse();
    }

    @Test
    void theUiPolicyAllowsOnlyThisOriginsScripts() {
        assertThat(SecurityHeaders.UI_POLICY).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("'unsafe-eval'").doesNotContainPattern("script-src[^;]*unsafe-inline");
    }
}
