package org.wic.registry.it.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Headers every answer carries, and caching that never keeps what a signed-in caller saw. */
class SecurityHeadersIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/countries/FR", "/api/v1/me", "/api/v1/no-such-thing", "/no-such-page", "/", "/api-docs/",
            "/api-docs/swagger-initializer.js"})
    void everyAnswerForbidsMimeSniffing(String path) {
        assertThat(registry.get(path).header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void refusedLoginsCarryTheHeadersToo() {
        RegistryHttp.Answer refused = registry.as(Credentials.basic(Identities.unique("nobody"), "wrong")).get("/api/v1/me");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(refused.header("Content-Security-Policy")).isPresent();
    }

    @Test
    void thePagesHaveARestrictiveContentSecurityPolicy() {
        for (String page : new String[] {"/", "/apply", "/console/", "/api-docs/"}) {
            String policy = registry.get(page).header("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(page).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-eval")
                    .doesNotContainPattern("script-src[^;]*unsafe-inline");
        }
        assertThat(registry.get("/").header("Content-Security-Policy")).as("a Faces page's scripts carry its nonce").get().asString()
                .containsPattern("script-src 'self' 'nonce-[^']+'");
    }

    @Test
    void apiAnswersMayNotBeFramedOrLoadAnything() {
        assertThat(registry.get("/api/v1/countries/FR").header("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void answersToSignedInCallersAreNeverStored() {
        Credentials member = Identities.newAccount("MEMBER");

        assertThat(registry.as(member).get("/api/v1/me").header("Cache-Control")).contains("no-store");
        assertThat(registry.as(member).get("/api/v1/countries/FR").header("Cache-Control")).contains("no-store");
        assertThat(registry.as(Identities.newPartner()).get("/api/v1/continents").header("Cache-Control")).contains("no-store");
    }

    @Test
    void publicReferenceDataStaysCacheableForAnonymousCallers() {
        assertThat(registry.get("/api/v1/countries/FR").header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("public"));
    }
}
