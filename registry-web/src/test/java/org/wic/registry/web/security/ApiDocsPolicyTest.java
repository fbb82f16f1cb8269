package org.wic.registry.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsPolicyTest {

    @Test
    void theDocumentationPageRunsOnlyThisOriginsScripts() {
        assertThat(ApiDocsPolicy.POLICY).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("'unsafe-eval'").doesNotContainPattern("script-src[^;]*unsafe-inline");
    }
}
