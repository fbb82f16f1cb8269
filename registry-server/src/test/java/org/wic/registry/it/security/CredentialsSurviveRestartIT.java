package org.wic.registry.it.security;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.TestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/**
 * Accounts, keys and revocations are in the database, not in the server: restarting the server or
 * redeploying the registry in place changes nothing.
 */
class CredentialsSurviveRestartIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void keysPasswordsAndRevocationsSurviveARestartOfTheServer() throws Exception {
        Credentials member = Identities.newAccount("MEMBER");
        JsonObject kept = Identities.newApiKey(Identities.unique("Kept"));
        JsonObject revoked = Identities.newApiKey(Identities.unique("Revoked"));
        registry.as(Identities.admin()).delete("/api/v1/api-keys/" + revoked.getInt("id"));

        TestServer.restart();

        assertThat(registry.as(member).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(registry.as(Credentials.apiKey(kept.getString("key"))).get("/api/v1/me").json().getString("kind")).isEqualTo("API_KEY");
        assertProblem(registry.as(Credentials.apiKey(revoked.getString("key"))).get("/api/v1/me"), 401);
    }

    @Test
    void keysAndPasswordsStillWorkAfterTheRegistryIsRedeployedInPlace() throws Exception {
        Credentials member = Identities.newAccount("MEMBER");
        JsonObject kept = Identities.newApiKey(Identities.unique("Kept"));

        TestServer.redeploy();

        assertThat(registry.as(member).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(registry.as(Credentials.apiKey(kept.getString("key"))).get("/api/v1/me").status()).isEqualTo(200);
        assertProblem(registry.get("/api/v1/me"), 401);
    }
}
