package org.wic.registry.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's test server as a process: restarted, redeployed, or killed without warning and started again. */
public final class TestServer {

    private static final String DOMAIN = "registry-test";

    private TestServer() {
    }

    /** asadmin restart-domain, then wait for readiness. */
    public static void restart() {
        asadmin(Map.of(), "restart-domain", "--domaindir", System.getProperty("registry.domains-dir"), DOMAIN);
        awaitReadiness();
    }

    public static void redeploy() {
        asadmin(Map.of(), "--port", System.getProperty("registry.admin-port"), "deploy", "--force=true", "--name", "registry",
                System.getProperty("registry.ear"));
        awaitReadiness();
    }

    /**
     * {@code kill -9} of the server process, as a power cut or the OOM killer would end it: nothing
     * is flushed, no transaction finishes. Answers the process's environment, to start it again with.
     */
    public static Map<String, String> kill() {
        long pid = pid();
        Map<String, String> environment = environment(pid);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        run(List.of("kill", "-9", String.valueOf(pid)), Map.of());
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        return environment;
    }

    /** Starts the killed domain again with the environment it had; the registry redeploys from the domain's configuration. */
    public static void start(Map<String, String> environment) {
        asadmin(environment, "start-domain", "--domaindir", System.getProperty("registry.domains-dir"), DOMAIN);
        awaitReadiness();
    }

    public static void awaitReadiness() {
        awaitReadiness(RegistryHttp.BASE, Duration.ofMinutes(3));
    }

    /** Waits until the registry at this address (the test server, a cluster's instance) answers ready. */
    public static void awaitReadiness(URI base, Duration patience) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve(URI.create("/health/ready"))).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"database\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("the registry at " + base + " was not ready within " + patience);
    }

    private static long pid() {
        try {
            return Long.parseLong(Files.readString(Path.of(System.getProperty("registry.domains-dir"), DOMAIN, "config", "pid")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Linux keeps a process's environment in /proc/PID/environ, NUL-separated. */
    public static Map<String, String> environment(long pid) {
        try {
            var environment = new HashMap<String, String>();
            for (String entry : Files.readString(Path.of("/proc", String.valueOf(pid), "environ"), StandardCharsets.UTF_8).split("\u0000")) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    environment.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
            return environment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void asadmin(Map<String, String> environment, String... arguments) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("registry.payara-home")).resolve("bin/asadmin").toString());
        command.addAll(List.of(arguments));
        run(command, environment);
    }

    private static void run(List<String> command, Map<String, String> environment) {
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
