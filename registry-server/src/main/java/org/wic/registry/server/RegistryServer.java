package org.wic.registry.server;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs the registry on Payara Server.
 * <ul>
 *   <li>{@code run}: start, deploy, announce readiness in one line, show the server log, and stay
 *       in the foreground until the server stops; Ctrl-C or SIGTERM stops it cleanly.</li>
 *   <li>{@code start} / {@code stop}: the same start without staying, and the stop, around the
 *       integration tests.</li>
 * </ul>
 * Options ({@code --name=value}): payara-home, domain, port-base, domains-dir, ear, jdbc-driver,
 * database (environment, h2, postgres), data-dir; and {@code --env.NAME=value} for variables the
 * server gets in its environment besides this process's own (the tests' settings).
 */
public final class RegistryServer {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    static final String ADMIN_PASSWORD_VARIABLE = "REGISTRY_PAYARA_ADMIN_PASSWORD";
    /** What the registry logs when it used a password of ours (AccountBootstrap, DemoDataLoader): then this console shows it. */
    static final String OPENED_WITH_GENERATED_PASSWORD = "First start: opened the secretariat account 'admin' with the generated password";
    private static final String DEMO_LOADED_WITH_GENERATED_PASSWORD = "the password the run command printed on its console";
    private static final String ENV_OPTION = "env.";
    /** What DatabaseMigration logs when Liquibase fails: the reason a deployment failed, in one line. */
    private static final String MIGRATION_FAILURE = "Database migration failed, the registry does not start";

    private final PayaraDomain domain;
    private final Database database;
    private final Database.Choice databaseChoice;
    private final Path ear;
    private final Path jdbcDriver;
    private final Map<String, String> serverEnvironment = new HashMap<>();

    private RegistryServer(Map<String, String> options, Map<String, String> env) {
        this.domain = domain(options);
        this.databaseChoice = Database.Choice.valueOf(options.getOrDefault("database", "environment").toUpperCase());
        this.database = Database.choose(databaseChoice, Path.of(required(options, "data-dir")), env);
        this.ear = Path.of(options.getOrDefault("ear", ""));
        this.jdbcDriver = Path.of(options.getOrDefault("jdbc-driver", ""));
        serverEnvironment.putAll(serverEnvironment(options, database, env));
    }

    /** The domain the options name (payara-home, domain, port-base, domains-dir). */
    static PayaraDomain domain(Map<String, String> options) {
        return new PayaraDomain(Path.of(required(options, "payara-home")), required(options, "domain"),
                Integer.parseInt(options.getOrDefault("port-base", "0")), Path.of(required(options, "domains-dir")));
    }

    /**
     * What the registry's server process gets in its environment besides this process's own: the
     * {@code --env.NAME=value} options, the database's variables, and the webhook key (one for all
     * the instances of a cluster: a secret sealed on one is opened on another).
     */
    static Map<String, String> serverEnvironment(Map<String, String> options, Database database, Map<String, String> env) {
        var serverEnvironment = new HashMap<String, String>();
        options.forEach((name, value) -> {
            if (name.startsWith(ENV_OPTION)) {
                serverEnvironment.put(name.substring(ENV_OPTION.length()), value);
            }
        });
        serverEnvironment.putAll(database.environment());
        var environmentSoFar = new HashMap<>(env);
        environmentSoFar.putAll(serverEnvironment);
        WebhookKey.forServer(Path.of(required(options, "data-dir")), environmentSoFar)
                .ifPresent(key -> serverEnvironment.put(WebhookKey.VARIABLE, key));
        return serverEnvironment;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: RegistryServer run|start|stop --payara-home=… --domain=… …");
        }
        var server = new RegistryServer(options(args), System.getenv());
        switch (args[0]) {
            case "run" -> server.run();
            case "start" -> {
                server.claimTestDatabase();
                server.prepare();
                server.launch();
            }
            case "stop" -> server.domain.stop();
            default -> throw new IllegalArgumentException("unknown mode " + args[0] + "; use run, start or stop");
        }
    }

    /** The options after the mode: {@code --name=value}. */
    static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 1; i < args.length; i++) {
            String[] option = args[i].replaceFirst("^--", "").split("=", 2);
            options.put(option[0], option.length > 1 ? option[1] : "");
        }
        return options;
    }

    /** Where the registry's e-mail goes, as the environment (REGISTRY_SMTP_*) says. */
    static String mail(Map<String, String> env) {
        String host = env.getOrDefault("REGISTRY_SMTP_HOST", "");
        if (host.isBlank()) {
            return "E-mail: not sent (REGISTRY_SMTP_HOST is not set); messages wait in the outbox, see the console's Notifications";
        }
        return "E-mail: sent through " + host + ":" + env.getOrDefault("REGISTRY_SMTP_PORT", "587") + " (" + env.getOrDefault("REGISTRY_SMTP_TLS", "starttls")
                + "), links to " + env.getOrDefault("REGISTRY_PUBLIC_URL", "http://localhost:8080");
    }

    /** The run command: serves in the foreground until the server stops. */
    private void run() throws InterruptedException {
        refuseBusyPorts();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopIfRunning, "registry-stop"));
        prepare();
        // passwords the registry would have to make up are made up here and shown on this console only, never in the server log
        Optional<String> generatedAdmin = generateUnless("REGISTRY_ADMIN_PASSWORD", "REGISTRY_GENERATED_ADMIN_PASSWORD");
        Optional<String> generatedDemo = generateUnless("REGISTRY_DEMO_PASSWORD", "REGISTRY_GENERATED_DEMO_PASSWORD");
        Optional<String> chosenAdminPassword = Optional.ofNullable(System.getenv(ADMIN_PASSWORD_VARIABLE)).filter(password -> !password.isBlank());
        String adminPassword = chosenAdminPassword.orElseGet(RegistryServer::generatedPassword);
        domain.secure(adminPassword);
        Thread log = startLogTail(); // after prepare(): the fresh domain's log, never the last run's
        launch();
        System.out.println();
        System.out.println("==> WIC Membership Registry is ready on the " + database.describe() + ": public pages " + url("/")
                + " · console " + url("/console/")
                + " · API " + url("/api/v1") + " · API docs " + url("/api-docs/") + " · OpenAPI " + url("/openapi") + " · health " + url("/health/ready")
                + " · Ctrl-C stops it");
        generatedAdmin.filter(password -> domain.lastLogLine(OPENED_WITH_GENERATED_PASSWORD).isPresent()).ifPresent(RegistryServer::adminOpened);
        generatedDemo.filter(password -> domain.lastLogLine(DEMO_LOADED_WITH_GENERATED_PASSWORD).isPresent()).ifPresent(password -> banner(
                "Demo data loaded: the member representatives' accounts (rep-wic-000001 …) have this password:", password,
                "It is shown this once, here only (REGISTRY_DEMO_PASSWORD chooses one)."));
        System.out.println("    " + mail(System.getenv()));
        System.out.println("    " + payaraConsole(domain, chosenAdminPassword.isPresent(), adminPassword));
        System.out.println();
        while (domain.isRunning()) {
            Thread.sleep(500);
        }
        log.interrupt();
        System.out.println("The registry's server has stopped.");
    }

    /** The tests on PostgreSQL only take a database that is empty or theirs already (the benchmark brings its own). */
    private void claimTestDatabase() {
        if (databaseChoice == Database.Choice.POSTGRES) {
            TestDatabase.claim(database, jdbcDriver);
        }
    }

    /** A fresh domain, configured for the database. */
    private void prepare() {
        domain.recreate(jdbcDriver);
        prepareDataDirectory();
        domain.configure(database);
    }

    /** Start, deploy, wait for readiness; a failed deployment stops the server and fails. */
    private void launch() {
        System.out.println("Starting Payara Server (domain " + domain.directory() + ") on the " + database.describe());
        domain.start(serverEnvironment);
        try {
            domain.deploy(ear);
            awaitReadiness();
        } catch (RuntimeException e) {
            String reason = domain.lastLogLine(MIGRATION_FAILURE).map(line -> line.strip() + "\n").orElse("") + e.getMessage();
            System.err.println("The registry did not start: " + reason);
            System.err.println("Server log: " + domain.serverLog());
            stopIfRunning();
            throw new IllegalStateException("The registry did not start: " + reason, e);
        }
    }

    private void prepareDataDirectory() {
        for (Path file : database.embeddedFile().stream().toList()) {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + file.getParent(), e);
            }
        }
    }

    private void awaitReadiness() {
        awaitReadiness(url("/health/ready"), domain::isRunning);
    }

    /** Waits until the registry at this readiness URL answers ready, while {@code running} says its process lives. */
    static void awaitReadiness(String readinessUrl, BooleanSupplier running) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(readinessUrl)).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                // Payara answers /health/ready before the registry's own check is registered
                if (answer.statusCode() == 200 && answer.body().contains("\"database\"")) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for readiness", e);
            }
            if (!running.getAsBoolean()) {
                throw new IllegalStateException("the server stopped while starting");
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("not ready after " + READY_TIMEOUT.toSeconds() + " s; " + readinessUrl + " said: " + last);
    }

    private void stopIfRunning() {
        domain.stopIfRunning("Stopping the registry's server…");
    }

    private void refuseBusyPorts() {
        refuseBusyPorts(List.of(domain.httpPort(), domain.adminPort()));
    }

    /** Refuses to start beside something that listens on one of these ports (a registry already running, say). */
    static void refuseBusyPorts(List<Integer> ports) {
        for (int port : ports) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                throw new IllegalStateException("Port " + port + " is in use (is a registry already running?); stop that first.");
            } catch (IOException free) {
                // nothing listens there: good
            }
        }
    }

    /** Copies the server log to the console as it grows, as a foreground server's output. */
    private Thread startLogTail() {
        return startLogTail(domain.serverLog(), "");
    }

    /** Copies a server log to the console as it grows, each line after {@code prefix}. */
    static Thread startLogTail(Path log, String prefix) {
        Thread tail = new Thread(() -> {
            long position = 0;
            while (!Thread.currentThread().isInterrupted()) {
                if (Files.exists(log)) {
                    try (var file = new RandomAccessFile(log.toFile(), "r")) {
                        if (file.length() < position) {
                            position = 0; // rotated
                        }
                        file.seek(position);
                        byte[] added = new byte[(int) Math.min(file.length() - position, 1 << 20)];
                        file.readFully(added);
                        position += added.length;
                        String text = new String(added, StandardCharsets.UTF_8);
                        System.out.print(prefix.isEmpty() ? text : text.replaceAll("(?m)^(?=.)", prefix));
                    } catch (IOException e) {
                        // the log is being rotated or recreated: try again
                    }
                }
                if (!sleep(Duration.ofMillis(300))) {
                    return;
                }
            }
        }, "registry-log " + log.getFileName());
        tail.setDaemon(true);
        tail.start();
        return tail;
    }

    private String url(String path) {
        return "http://localhost:" + domain.httpPort() + path;
    }

    private Optional<String> generateUnless(String chosenVariable, String generatedVariable) {
        return generateUnless(chosenVariable, generatedVariable, serverEnvironment);
    }

    /** A generated password for the server, put in its environment under {@code generatedVariable}, unless {@code chosenVariable} is set. */
    static Optional<String> generateUnless(String chosenVariable, String generatedVariable, Map<String, String> serverEnvironment) {
        if (Optional.ofNullable(System.getenv(chosenVariable)).filter(value -> !value.isBlank()).isPresent()) {
            return Optional.empty();
        }
        String password = generatedPassword();
        serverEnvironment.put(generatedVariable, password);
        return Optional.of(password);
    }

    /** The banner of the admin account the first start opened with a password the run command generated. */
    static void adminOpened(String password) {
        banner("First start: opened the secretariat account 'admin' with this generated password:", password,
                "It is shown this once, here only. Sign in with it and change it: PUT /api/v1/me/password",
                "(or set REGISTRY_ADMIN_PASSWORD before the first start).");
    }

    /** Where Payara's administration console is, and which password signs in to it. */
    static String payaraConsole(PayaraDomain domain, boolean chosen, String adminPassword) {
        return "Payara's administration console (this machine only): http://localhost:" + domain.adminPort() + " as admin, "
                + (chosen ? "password in " + ADMIN_PASSWORD_VARIABLE : "password " + adminPassword
                + " (generated for this run; " + ADMIN_PASSWORD_VARIABLE + " chooses one)");
    }

    private static void banner(String title, String password, String... notes) {
        String rule = "=".repeat(78);
        System.out.println(rule);
        System.out.println("  " + title);
        System.out.println();
        System.out.println("      " + password);
        System.out.println();
        for (String note : notes) {
            System.out.println("  " + note);
        }
        System.out.println(rule);
    }

    /** 24 random characters (144 bits) for a generated password; printed once, kept nowhere. */
    static String generatedPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing option --" + name);
        }
        return value;
    }
}
