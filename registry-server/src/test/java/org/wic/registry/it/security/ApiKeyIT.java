package org.wic.registry.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Partner API keys: issued once, listed without the key, used, revoked, expiring. */
class ApiKeyIT {

    private final RegistryHttp secretariat = RegistryHttp.registry().as(Identities.admin());

    @Test
    void issuingAnswers201WithTheKeyThisOnce() {
        String name = Identities.unique("Sync job");
        RegistryHttp.Answer answer = secretariat.post("/api/v1/api-keys", "{\"name\": \"" + name + "\", \"expiresAt\": \"2099-01-01T00:00:00Z\"}");

        assertThat(answer.status()).isEqualTo(201);
        JsonObject issued = answer.json();
        String key = issued.getString("key");
        assertThat(key).matches("wic_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}").startsWith(issued.getString("prefix"));
        assertThat(issued.getString("name")).isEqualTo(name);
        assertThat(issued.getString("expiresAt")).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/api-keys/" + issued.getInt("id")));

        RegistryHttp.Answer read = secretariat.get("/api/v1/api-keys/" + issued.getInt("id"));
        assertThat(read.body()).doesNotContain(key).doesNotContain(key.substring(issued.getString("prefix").length() + 1));
        assertThat(read.json().getString("prefix")).isEqualTo(issued.getString("prefix"));
        assertThat(read.json().getBoolean("active")).isTrue();
    }

    @Test
    void theListingShowsPrefixesAndDatesButNeverAKey() {
        JsonObject issued = Identities.newApiKey(Identities.unique("Listed"));
        var listed = new ArrayList<JsonObject>();
        String path = "/api/v1/api-keys?limit=200";
        while (path != null) {
            RegistryHttp.Answer page = secretariat.get(path);
            assertThat(page.body()).doesNotContain(issued.getString("key")).doesNotContain("\"key\"");
            listed.addAll(page.json().getJsonArray("items").getValuesAs(JsonObject.class));
            path = page.nextPath().orElse(null);
        }
        assertThat(listed).extracting(k -> k.getString("prefix")).contains(issued.getString("prefix"));
    }

    @Test
    void aRevokedKeyStopsWorkingAndStaysOnRecord() {
        JsonObject issued = Identities.newApiKey(Identities.unique("Revoked"));
        RegistryHttp partner = RegistryHttp.registry().as(Credentials.apiKey(issued.getString("key")));
        assertThat(partner.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(secretariat.delete("/api/v1/api-keys/" + issued.getInt("id")).status()).isEqualTo(204);

        assertProblem(partner.get("/api/v1/me"), 401);
        assertProblem(partner.get("/api/v1/countries/FR"), 401);
        JsonObject record = secretariat.get("/api/v1/api-keys/" + issued.getInt("id")).json();
        assertThat(record.getBoolean("active")).isFalse();
        assertThat(record.getString("revokedBy")).isEqualTo("admin");
        String revokedAt = record.getString("revokedAt");
        assertThat(secretariat.delete("/api/v1/api-keys/" + issued.getInt("id")).status()).as("revoking again").isEqualTo(204);
        assertThat(secretariat.get("/api/v1/api-keys/" + issued.getInt("id")).json().getString("revokedAt")).isEqualTo(revokedAt);
    }

    @Test
    void anExpiredKeyStopsWorking() throws InterruptedException {
        String expiresAt = Instant.now().plusSeconds(3).toString();
        JsonObject issued = secretariat.post("/api/v1/api-keys", "{\"name\": \"Short-lived\", \"expiresAt\": \"" + expiresAt + "\"}").json();
        RegistryHttp partner = RegistryHttp.registry().as(Credentials.apiKey(issued.getString("key")));
        assertThat(partner.get("/api/v1/me").status()).isEqualTo(200);

        Thread.sleep(3500);

        assertProblem(partner.get("/api/v1/me"), 401);
        assertThat(secretariat.get("/api/v1/api-keys/" + issued.getInt("id")).json().getBoolean("active")).isFalse();
    }

    @Test
    void lastUsedAtIsKeptWithoutAWriteOnEveryRequest() {
        JsonObject issued = Identities.newApiKey(Identities.unique("Busy"));
        RegistryHttp partner = RegistryHttp.registry().as(Credentials.apiKey(issued.getString("key")));
        String path = "/api/v1/api-keys/" + issued.getInt("id");
        assertThat(secretariat.get(path).json().containsKey("lastUsedAt")).as("never used").isFalse();

        partner.get("/api/v1/me");
        String firstUse = secretariat.get(path).json().getString("lastUsedAt");
        for (int i = 0; i < 5; i++) {
            assertThat(partner.get("/api/v1/me").status()).isEqualTo(200);
        }

        assertThat(secretariat.get(path).json().getString("lastUsedAt")).as("unchanged within a minute").isEqualTo(firstUse);
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertInvalid(secretariat.post("/api/v1/api-keys", "{\"name\": \"   \"}"), "name");
        assertInvalid(secretariat.post("/api/v1/api-keys", "{\"name\": \"" + "x".repeat(101) + "\"}"), "name");
        assertInvalid(secretariat.post("/api/v1/api-keys", "{\"name\": \"x\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}"), "expiresAt");
        assertInvalid(secretariat.post("/api/v1/api-keys", "{\"name\": \"x\", \"expiresAt\": \"next tuesday\"}"), "expiresAt");
        assertInvalid(secretariat.post("/api/v1/api-keys", "{\"expiresAt\": \"2099-01-01T00:00:00Z\"}"), "name");
    }

    @Test
    void fieldsTheCallerMayNotSetAreRefused() {
        for (String field : List.of("\"role\": \"SECRETARIAT\"", "\"prefix\": \"wic_mine1234\"", "\"revokedAt\": null", "\"key\": \"x\"")) {
            assertInvalid(secretariat.post("/api/v1/api-keys", "{\"name\": \"x\", " + field + "}"), field.substring(1, field.indexOf('"', 1)));
        }
    }

    @Test
    void unknownKeysAre404Problems() {
        assertProblem(secretariat.get("/api/v1/api-keys/999999999"), 404);
        assertProblem(secretariat.delete("/api/v1/api-keys/999999999"), 404);
        assertProblem(secretariat.get("/api/v1/api-keys/not-a-number"), 404);
    }

    static String body(String name) {
        return Json.createObjectBuilder().add("name", name).build().toString();
    }
}
