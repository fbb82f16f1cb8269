package org.wic.registry.it.security;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Signing in: accounts with HTTP Basic, partners with X-API-Key, and what bad credentials get. */
class AuthenticationIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void theSecretariatSignsInWithBasic() {
        JsonObject me = registry.as(Identities.admin()).get("/api/v1/me").json();

        assertThat(me.getString("name")).isEqualTo("admin");
        assertThat(me.getString("kind")).isEqualTo("ACCOUNT");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("SECRETARIAT");
    }

    @Test
    void usernamesAreCaseInsensitive() {
        Credentials member = Identities.newAccount("MEMBER");
        RegistryHttp.Answer answer = registry.as(Credentials.basic(member.name().toUpperCase(), member.password())).get("/api/v1/me");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("name")).isEqualTo(member.name());
    }

    @Test
    void aMemberRepresentativeSignsInAsMember() {
        JsonObject me = registry.as(Identities.newAccount("MEMBER")).get("/api/v1/me").json();

        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("MEMBER");
    }

    @Test
    void aPartnerSignsInWithItsKeyAndSeesTheKeysName() {
        String name = Identities.unique("Partner");
        JsonObject issued = Identities.newApiKey(name);

        JsonObject me = registry.as(Credentials.apiKey(issued.getString("key"))).get("/api/v1/me").json();

        assertThat(me.getString("kind")).isEqualTo("API_KEY");
        assertThat(me.getString("name")).isEqualTo(name);
        assertThat(me.getString("id")).isEqualTo(issued.getString("prefix"));
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("PARTNER");
    }

    @Test
    void aWrongPasswordIsA401ProblemWithTheBasicChallenge() {
        RegistryHttp.Answer answer = registry.as(Credentials.basic("admin", "wrong-password-" + Identities.unique("x"))).get("/api/v1/continents");

        assertProblem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).as("%s with headers %s", answer, answer.headers().map())
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
    }

    @Test
    void anUnknownUserAndAWrongPasswordAnswerAlike() {
        Credentials member = Identities.newAccount("MEMBER");
        RegistryHttp.Answer wrongPassword = registry.as(Credentials.basic(member.name(), "not-the-password")).get("/api/v1/me");
        RegistryHttp.Answer unknownUser = registry.as(Credentials.basic(Identities.unique("nobody"), "not-the-password")).get("/api/v1/me");

        assertThat(unknownUser.status()).isEqualTo(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(unknownUser.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
    }

    @Test
    void noCredentialsWhereTheyAreNeededIsA401Problem() {
        RegistryHttp.Answer answer = registry.get("/api/v1/me");

        assertProblem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).as("%s with headers %s", answer, answer.headers().map()).isPresent();
    }

    @Test
    void aMalformedAuthorizationHeaderIsA401Problem() {
        assertProblem(registry.get("/api/v1/me", "Authorization", "Basic %%%not-base64"), 401);
        assertProblem(registry.get("/api/v1/me", "Authorization", "Bearer some-token"), 401);
    }

    @Test
    void anUnknownOrMalformedApiKeyIsA401Problem() {
        assertProblem(registry.as(Credentials.apiKey("wic_AAAAAAAA_" + "a".repeat(43))).get("/api/v1/me"), 401);
        assertProblem(registry.as(Credentials.apiKey("not-a-key")).get("/api/v1/me"), 401);
    }

    @Test
    void badCredentialsAreRefusedEvenOnPublicResources() {
        assertProblem(registry.as(Credentials.apiKey("not-a-key")).get("/api/v1/countries/FR"), 401);
    }

    @Test
    void publicResourcesNeedNoCredentials() {
        assertThat(registry.get("/api/v1/countries/FR").status()).isEqualTo(200);
    }
}
