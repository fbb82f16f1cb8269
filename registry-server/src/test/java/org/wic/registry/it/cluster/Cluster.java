package org.wic.registry.it.cluster;

import org.wic.registry.it.Credentials;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.TestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The deployment group the build started ({@code -Pcluster-tests}): its instances by name, each
 * reachable directly, killed ({@code kill -9}), stopped and started again; and its PostgreSQL
 * database, read to see who holds which lease.
 */
final class Cluster {

    /** registry-1 → http://localhost:29181, … (system property {@code registry.cluster.instances}). */
    static final Map<String, URI> INSTANCES = new LinkedHashMap<>();

    static {
        Arrays.stream(System.getProperty("registry.cluster.instances", "").split(","))
                .filter(entry -> !entry.isBlank())
                .map(entry -> entry.split("=", 2))
                .forEach(entry -> INSTANCES.put(entry[0], URI.create(entry[1])));
    }

    private Cluster() {
    }

    static List<String> names() {
        return List.copyOf(INSTANCES.keySet());
    }

    static RegistryHttp direct(String instance) {
        return RegistryHttp.at(INSTANCES.get(instance));
    }

    static String other(String instance) {
        return names().stream().filter(name -> !name.equals(instance)).findFirst().orElseThrow();
    }

    /** {@code kill -9} of the instance's process; answers its environment, to start it again with. */
    static Map<String, String> kill(String instance) {
        long pid = pid(instance);
        Map<String, String> environment = TestServer.environment(pid);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        return environment;
    }

    /** A clean stop, as an operator's {@code stop-local-instance}; answers its environment. */
    static Map<String, String> stop(String instance) {
        Map<String, String> environment = TestServer.environment(pid(instance));
        asadmin(Map.of(), "stop-local-instance", instance);
        return environment;
    }

    static void start(String instance, Map<String, String> environment) {
        asadmin(environment, "start-local-instance", instance);
        awaitReady(instance);
    }

    /** Whether the instance answers at all. */
    static boolean isUp(String instance) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(INSTANCES.get(instance).resolve("/health/live")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException down) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void awaitReady(String instance) {
        TestServer.awaitReadiness(INSTANCES.get(instance), Duration.ofMinutes(4));
    }

    /** The lines of the instances' server logs that contain this text. */
    static List<String> logLines(String text) {
        var found = new java.util.ArrayList<String>();
        for (String instance : names()) {
            try (var lines = Files.lines(nodeDirectory().resolve(instance).resolve("logs/server.log"))) {
                lines.filter(line -> line.contains(text)).map(line -> instance + ": " + line.strip()).forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** The instance holding the job's lease now (its name, without the start's id), if any holds it. */
    static Optional<String> leaseHolder(String job) {
        try (Connection connection = database(); var statement = connection.prepareStatement(
                "SELECT holder FROM job_lease WHERE job = ? AND lease_until > CURRENT_TIMESTAMP")) {
            statement.setString(1, job);
            try (var result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getString(1).replaceFirst("/.*$", "")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cluster's database: the tests' PostgreSQL server, the database the build made afresh for the cluster. */
    static Connection database() throws SQLException {
        String tests = Optional.ofNullable(System.getenv("REGISTRY_TEST_DB_URL")).filter(url -> !url.isBlank())
                .orElse("jdbc:postgresql://127.0.0.1:5432/test");
        String url = tests.replaceFirst("/[^/?]+(\\?.*)?$", "/" + System.getProperty("registry.cluster.database") + "$1");
        return DriverManager.getConnection(url, Optional.ofNullable(System.getenv("REGISTRY_TEST_DB_USER")).filter(user -> !user.isBlank()).orElse("postgres"),
                Optional.ofNullable(System.getenv("REGISTRY_TEST_DB_PASSWORD")).orElse(""));
    }

    /** A GET written on a socket, with these credentials and header lines as given; answers the status. */
    static int rawGet(URI base, String path, Credentials credentials, String... headerLines) {
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            var request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n")
                    .append(credentials.header()).append(": ").append(credentials.value()).append("\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            socket.getOutputStream().write(request.append("Connection: close\r\n\r\n").toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client addresses the sign-in throttle counted failures of this username against. */
    static List<String> addresses(String username) {
        try (Connection connection = database(); var statement = connection.prepareStatement(
                "SELECT client_address FROM login_failure WHERE username = ?")) {
            statement.setString(1, username.toLowerCase(java.util.Locale.ROOT));
            try (var result = statement.executeQuery()) {
                var addresses = new java.util.ArrayList<String>();
                while (result.next()) {
                    addresses.add(result.getString(1));
                }
                return addresses;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... parameters) {
        try (Connection connection = database(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void update(String sql, Object... parameters) {
        try (Connection connection = database(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path nodeDirectory() {
        String domain = System.getProperty("registry.cluster.domain");
        return Path.of(System.getProperty("registry.domains-dir"), domain + "-nodes", "localhost-" + domain);
    }

    private static long pid(String instance) {
        try {
            return Long.parseLong(Files.readString(nodeDirectory().resolve(instance).resolve("config/pid")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void asadmin(Map<String, String> environment, String command, String instance) {
        TestServer.asadmin(environment, "--port", System.getProperty("registry.cluster.admin-port"), command,
                "--node", nodeDirectory().getFileName().toString(), "--nodedir", nodeDirectory().getParent().toString(), instance);
    }
}
