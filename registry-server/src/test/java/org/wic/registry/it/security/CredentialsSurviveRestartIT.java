package org.wic.registry.it.security;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

        restartServer();

        assertThat(registry.as(member).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(registry.as(Credentials.apiKey(kept.getString("key"))).get("/api/v1/me").json().getString("kind")).isEqualTo("API_KEY");
        assertProblem(registry.as(Credentials.apiKey(revoked.getString("key"))).get("/api/v1/me"), 401);
    }

    @Test
    void keysAndPasswordsStillWorkAfterTheRegistryIsRedeployedInPlace() throws Exception {
        Credentials member = Identities.newAccount("MEMBER");
        JsonObject kept = Identities.newApiKey(Identities.unique("Kept"));

        asadmin("--port", System.getProperty("registry.admin-port"), "deploy", "--force=true", "--name", "registry",
                System.getProperty("registry.ear"));
        awaitReadiness();

        assertThat(registry.as(member).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(registry.as(Credentials.apiKey(kept.getString("key"))).get("/api/v1/me").status()).isEqualTo(200);
        assertProblem(registry.get("/api/v1/me"), 401);
    }

    /** asadmin restart-domain on the test domain, then wait for readiness. */
    private static void restartServer() throws IOException, InterruptedException {
        asadmin("restart-domain", "--domaindir", System.getProperty("registry.domains-dir"), "registry-test");
        awaitReadiness();
    }

    private static void asadmin(String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("registry.payara-home")).resolve("bin/asadmin").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static void awaitReadiness() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(RegistryHttp.BASE.resolve(URI.create("/health/ready"))).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"database\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the registry was not ready again within 3 minutes");
    }
}
