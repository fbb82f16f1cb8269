package org.wic.registry.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Payara domain of the Payara installation under target/, driven through asadmin. Every
 * start begins from a pristine copy of a template domain, so nothing of an earlier run (a stale
 * deployment, another database) lingers; data lives outside the domain.
 */
final class PayaraDomain {

    static final String APPLICATION = "registry";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
    /** Payara's default master password, which guards the domain's key stores. */
    private static final String KEYSTORE_PASSWORD = "changeit";
    /** The TLS listener's key: the same in every copy of the Payara zip, so each domain makes its own. */
    private static final String TLS_ALIAS = "s1as";

    private final Path payaraHome;
    private final String name;
    private final int portBase;
    private final Path domainsDir;
    /** Set once the domain has an admin password of its own; remote asadmin commands then sign in with it. */
    private Optional<String> adminPassword = Optional.empty();

    /**
     * @param portBase 0 for Payara's standard ports (HTTP 8080, admin 4848), else the base of
     *                 create-domain's --portbase (HTTP portBase+80, admin portBase+48)
     */
    PayaraDomain(Path payaraHome, String name, int portBase, Path domainsDir) {
        this.payaraHome = payaraHome;
        this.name = name;
        this.portBase = portBase;
        this.domainsDir = domainsDir;
    }

    int httpPort() {
        return portBase == 0 ? 8080 : portBase + 80;
    }

    int adminPort() {
        return portBase == 0 ? 4848 : portBase + 48;
    }

    Path directory() {
        return domainsDir.resolve(name);
    }

    /** Where this domain's instances live: one node on this machine, its directory beside the domain's. */
    Path nodesDirectory() {
        return domainsDir.resolve(name + "-nodes");
    }

    /** The node create-domain made for this machine. */
    String localNode() {
        return "localhost-" + name;
    }

    Path serverLog() {
        return directory().resolve("logs/server.log");
    }

    /** Stops a server left running from this domain (an interrupted build), then lays out a fresh copy. */
    void recreate(Path jdbcDriver) {
        if (Files.exists(directory().resolve("config/pid"))) {
            stop();
        }
        Path template = template();
        deleteTree(directory());
        copyTree(template, directory());
        copy(jdbcDriver, directory().resolve("lib").resolve(jdbcDriver.getFileName()));
    }

    /**
     * Writes the registry's settings into the fresh domain's configuration, before it boots: the
     * JDBC resource, no server banner headers, a bounded write queue per connection, every listener
     * but the registry's HTTP one on loopback only (or off).
     * The pool names the database through {@code ${ENV=…}} references the server resolves from
     * its environment, so no password is written to disk.
     */
    void configure(Database database) {
        new DomainXml(directory().resolve("config/domain.xml")).configure(database);
    }

    /** A deployment group's settings: the instances' HTTP listener on loopback, behind a load balancer; one data grid. */
    void forDeploymentGroup(List<Integer> instanceGridPorts) {
        new DomainXml(directory().resolve("config/domain.xml")).forDeploymentGroup(instanceGridPorts);
    }

    /**
     * Gives the fresh (stopped) domain an admin password of its own and a TLS key of its own: the
     * zip's domain has an empty password and a key pair every Payara installation shares.
     */
    void secure(String password) {
        Path passwords = passwordFile("AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=" + password + "\n");
        try {
            asadmin(Map.of(), "--user", "admin", "--passwordfile", passwords.toString(), "change-admin-password",
                    "--domaindir", domainsDir.toString(), "--domain_name", name);
        } finally {
            deleteQuietly(passwords);
        }
        adminPassword = Optional.of(password);
        newTlsKey();
    }

    /** Starts the server with these environment variables (the database's among them) and waits until it runs. */
    void start(Map<String, String> environment) {
        asadmin(environment, "start-domain", "--domaindir", domainsDir.toString(), name);
    }

    /** Deploys the EAR; a failed deployment (a failed migration, say) is an exception carrying asadmin's message. */
    void deploy(Path ear) {
        remote("deploy", "--force=true", "--name", APPLICATION, ear.toString());
    }

    /** A command to the running server's admin listener, signed in when the domain has a password (a command to the DAS, of a cluster). */
    void remote(String... command) {
        remote(Map.of(), command);
    }

    /** A command through the admin listener, run with these environment variables (an instance started by it inherits them). */
    void remote(Map<String, String> environment, String... command) {
        var arguments = new ArrayList<>(List.of("--port", String.valueOf(adminPort())));
        Optional<Path> passwords = adminPassword.map(password -> passwordFile("AS_ADMIN_PASSWORD=" + password + "\n"));
        passwords.ifPresent(file -> arguments.addAll(List.of("--user", "admin", "--passwordfile", file.toString())));
        arguments.addAll(List.of(command));
        try {
            asadmin(environment, arguments.toArray(String[]::new));
        } finally {
            passwords.ifPresent(PayaraDomain::deleteQuietly);
        }
    }

    /** A new self-signed key pair for the TLS listener, trusted in the domain's own trust store. */
    private void newTlsKey() {
        Path keystore = directory().resolve("config/keystore.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(List.of(keytool, "-delete", "-alias", TLS_ALIAS, "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD), "keytool -delete");
        run(List.of(keytool, "-genkeypair", "-alias", TLS_ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "825",
                "-dname", "CN=localhost, O=WIC Membership Registry", "-ext", "san=dns:localhost,ip:127.0.0.1",
                "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD, "-keypass", KEYSTORE_PASSWORD), "keytool -genkeypair");
        try {
            KeyStore keys = KeyStore.getInstance(keystore.toFile(), KEYSTORE_PASSWORD.toCharArray());
            Path cacerts = directory().resolve("config/cacerts.p12");
            KeyStore trusted = KeyStore.getInstance(cacerts.toFile(), KEYSTORE_PASSWORD.toCharArray());
            trusted.setCertificateEntry(TLS_ALIAS, keys.getCertificate(TLS_ALIAS));
            try (var out = Files.newOutputStream(cacerts)) {
                trusted.store(out, KEYSTORE_PASSWORD.toCharArray());
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the domain's new TLS key", e);
        }
    }

    /** A password file for asadmin, readable by this user only, in the domain's directory. */
    private Path passwordFile(String content) {
        try {
            Path file = Files.createTempFile(directory(), "asadmin-", ".pw",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a password file for asadmin", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /**
     * Stops the server cleanly, signing in when the domain has a password of this run's; a server
     * whose password is not known here (left running by an interrupted run) is ended by its process.
     */
    void stop() {
        if (adminPassword.isPresent()) {
            Path passwords = passwordFile("AS_ADMIN_PASSWORD=" + adminPassword.get() + "\n");
            try {
                asadmin(Map.of(), "--user", "admin", "--passwordfile", passwords.toString(), "stop-domain", "--domaindir", domainsDir.toString(), name);
                return;
            } catch (AsadminException e) {
                if (!isRunning()) {
                    return;
                }
            } finally {
                deleteQuietly(passwords);
            }
        }
        try {
            asadmin(Map.of(), "stop-domain", "--domaindir", domainsDir.toString(), name);
        } catch (AsadminException refused) {
            asadmin(Map.of(), "stop-domain", "--kill=true", "--domaindir", domainsDir.toString(), name);
        }
    }

    /** Stops the server if it runs, saying so; a failure is printed, not thrown (Ctrl-C reaches the server too, which may be stopping itself). */
    void stopIfRunning(String saying) {
        if (isRunning()) {
            System.out.println(saying);
            try {
                stop();
            } catch (RuntimeException e) {
                if (isRunning()) {
                    System.err.println(e.getMessage());
                }
            }
        }
    }

    /** Stops an instance of this domain's node cleanly, or ends its process when it does not answer. */
    void stopInstance(String instance) {
        try {
            asadmin(Map.of(), "stop-local-instance", "--node", localNode(), "--nodedir", nodesDirectory().toString(), instance);
        } catch (AsadminException refused) {
            asadmin(Map.of(), "stop-local-instance", "--node", localNode(), "--nodedir", nodesDirectory().toString(), "--kill=true", instance);
        }
    }

    /** The last line of the server log that contains this text, if any. */
    Optional<String> lastLogLine(String text) {
        try (Stream<String> lines = Files.lines(serverLog(), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).reduce((first, second) -> second);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    boolean isRunning() {
        Path pidFile = directory().resolve("config/pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private Path template() {
        if (portBase == 0) {
            return payaraHome.resolve("glassfish/domains/domain1");
        }
        Path templates = domainsDir.resolve("templates");
        Path template = templates.resolve(name);
        if (!Files.isDirectory(template)) {
            System.out.println("Creating the Payara domain template " + name + " (once per clean build)");
            asadmin(Map.of(), "create-domain", "--nopassword=true", "--portbase", String.valueOf(portBase),
                    "--domaindir", templates.toString(), name);
        }
        return template;
    }

    void asadmin(Map<String, String> environment, String... arguments) {
        var command = new ArrayList<String>();
        command.add(payaraHome.resolve("bin/asadmin").toString());
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        run(builder, "asadmin " + String.join(" ", List.of(arguments).subList(0, Math.min(3, arguments.length))));
    }

    private static void run(List<String> command, String what) {
        run(new ProcessBuilder(command).redirectErrorStream(true), what);
    }

    private static void run(ProcessBuilder builder, String what) {
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AsadminException(what, "timed out", output);
            }
            if (process.exitValue() != 0) {
                throw new AsadminException(what, "exit " + process.exitValue(), output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + what, e);
        }
    }

    static final class AsadminException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AsadminException(String command, String outcome, String output) {
            super(command + " failed (" + outcome + "):\n" + output);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
