package org.wic.registry.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the registry as a Payara deployment group on this machine: a domain whose administration
 * server (DAS) serves no application, a deployment group of instances on loopback sharing one
 * PostgreSQL database and Payara's data grid (sessions, rate limits), the EAR deployed to the group,
 * and HAProxy in front of them. Everything is Payara's or HAProxy's: this class only gives the
 * commands, as an operator would (docs/operations.md).
 * <ul>
 *   <li>{@code run}: start it all, announce readiness in one line, stay in the foreground; Ctrl-C
 *       stops the balancer, the instances and the DAS.</li>
 *   <li>{@code start} / {@code stop}: the same without staying, and the stop, around the cluster tests.</li>
 * </ul>
 * Options ({@code --name=value}) as {@link RegistryServer}'s, and: instance-ports (the instances'
 * HTTP ports, comma-separated), instance-port-bases (each instance's other ports), balancer-port,
 * fresh-database (the tests: this PostgreSQL database dropped and created empty first).
 */
public final class RegistryCluster {

    static final String GROUP = "registry-group";
    /** One instance of the group: its name, the base of its ports, and its HTTP port. */
    record Member(String name, int portBase, int httpPort) {

        /** Its data grid port: beside the ports create-local-instance derives from the base (+37 … +86). */
        int gridPort() {
            return portBase + 2;
        }
    }

    private final PayaraDomain domain;
    private final Database database;
    private final List<Member> members = new ArrayList<>();
    private final int balancerPort;
    private final Path ear;
    private final Path jdbcDriver;
    private final Map<String, String> serverEnvironment = new HashMap<>();

    RegistryCluster(Map<String, String> options, Map<String, String> env) {
        this.domain = RegistryServer.domain(options);
        this.jdbcDriver = Path.of(RegistryServer.required(options, "jdbc-driver"));
        this.ear = Path.of(RegistryServer.required(options, "ear"));
        this.balancerPort = Integer.parseInt(options.getOrDefault("balancer-port", "8080"));
        Path dataDir = Path.of(RegistryServer.required(options, "data-dir"));
        Database chosen = Database.choose(Database.Choice.valueOf(options.getOrDefault("database", "environment").toUpperCase()), dataDir, env);
        if (chosen.isH2()) {
            throw new IllegalStateException("The cluster needs PostgreSQL, which all its instances share: set REGISTRY_DB_URL (jdbc:postgresql://host:5432/name),"
                    + " REGISTRY_DB_USER and REGISTRY_DB_PASSWORD. The embedded H2 database is a file only one process can open.");
        }
        String fresh = options.getOrDefault("fresh-database", "");
        this.database = fresh.isBlank() ? chosen : TestDatabase.fresh(chosen, fresh, jdbcDriver);
        String[] ports = RegistryServer.required(options, "instance-ports").split(",");
        String[] bases = RegistryServer.required(options, "instance-port-bases").split(",");
        for (int i = 0; i < ports.length; i++) {
            members.add(new Member("registry-" + (i + 1), Integer.parseInt(bases[i].strip()), Integer.parseInt(ports[i].strip())));
        }
        serverEnvironment.putAll(RegistryServer.serverEnvironment(options, database, env));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: RegistryCluster run|start|stop --payara-home=… --domain=… …");
        }
        Map<String, String> options = RegistryServer.options(args);
        if (args[0].equals("stop")) {
            stop(options);
            return;
        }
        var cluster = new RegistryCluster(options, System.getenv());
        switch (args[0]) {
            case "run" -> cluster.run();
            // the tests' domain, like the test server's, keeps Payara's empty admin password (its admin listener is on loopback)
            case "start" -> cluster.launch(Optional.empty(), false);
            default -> throw new IllegalArgumentException("unknown mode " + args[0] + "; use run, start or stop");
        }
    }

    private void run() throws InterruptedException {
        refuseBusyPorts();
        String haproxy = Balancer.executable().orElseThrow(() -> new IllegalStateException(
                "HAProxy is not installed; the cluster's load balancer is Debian's haproxy: apt-get install haproxy"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "registry-cluster-stop"));
        Optional<String> generatedAdmin = RegistryServer.generateUnless("REGISTRY_ADMIN_PASSWORD", "REGISTRY_GENERATED_ADMIN_PASSWORD", serverEnvironment);
        Optional<String> chosenAdminPassword = Optional.ofNullable(System.getenv(RegistryServer.ADMIN_PASSWORD_VARIABLE)).filter(password -> !password.isBlank());
        String adminPassword = chosenAdminPassword.orElseGet(RegistryServer::generatedPassword);
        List<Thread> logs = launch(Optional.of(adminPassword), haproxy, true);
        System.out.println();
        String balancer = "http://localhost:" + balancerPort;
        System.out.println("==> WIC Membership Registry is ready as a deployment group of " + members.size() + " Payara instances on the "
                + database.describe() + ": public pages " + balancer + "/ · console " + balancer + "/console/ · API " + balancer + "/api/v1"
                + " (HAProxy on port " + balancerPort + ") · instances " + members.stream()
                .map(member -> member.name() + " http://localhost:" + member.httpPort()).collect(Collectors.joining(", "))
                + " · Ctrl-C stops everything");
        generatedAdmin.filter(password -> members.stream().anyMatch(member -> logLine(member, RegistryServer.OPENED_WITH_GENERATED_PASSWORD)))
                .ifPresent(RegistryServer::adminOpened);
        System.out.println("    " + RegistryServer.mail(System.getenv()));
        System.out.println("    " + RegistryServer.payaraConsole(domain, chosenAdminPassword.isPresent(), adminPassword));
        System.out.println();
        while (domain.isRunning()) {
            Thread.sleep(1000);
        }
        logs.forEach(Thread::interrupt);
        System.out.println("The registry's cluster has stopped.");
    }

    private List<Thread> launch(Optional<String> adminPassword, boolean showLogs) {
        return launch(adminPassword, Balancer.executable().orElseThrow(() -> new IllegalStateException(
                "HAProxy is not installed (scripts/ensure-haproxy.sh installs it)")), showLogs);
    }

    /**
     * A fresh domain and group: the DAS started, the instances made and put in the group, the EAR
     * and the database's resource deployed to the group, both instances started at once (so they
     * race for the first start, as after a power cut), then the balancer. Answers the tails of the
     * instances' logs when it shows them (the run command), none for the tests.
     */
    private List<Thread> launch(Optional<String> adminPassword, String haproxy, boolean showLogs) {
        System.out.println("Preparing the Payara domain " + domain.directory() + " with a deployment group of " + members.size()
                + " instances on the " + database.describe());
        domain.recreate(jdbcDriver);
        PayaraDomain.deleteTree(domain.nodesDirectory());
        domain.configure(database);
        domain.forDeploymentGroup(members.stream().map(Member::gridPort).toList());
        adminPassword.ifPresent(domain::secure);
        domain.start(database.environment()); // the DAS runs no application: the registry's other settings and secrets are the instances' only
        try {
            domain.remote("create-deployment-group", GROUP);
            for (Member member : members) {
                domain.remote("create-local-instance", "--node", domain.localNode(), "--nodedir", domain.nodesDirectory().toString(),
                        "--portbase", String.valueOf(member.portBase()), "--systemproperties", "HTTP_LISTENER_PORT=" + member.httpPort() + ":HZ_LISTENER_PORT=" + member.gridPort(), member.name());
                domain.remote("add-instance-to-deployment-group", "--instance", member.name(), "--deploymentgroup", GROUP);
            }
            domain.remote("create-resource-ref", "--target", GROUP, DomainXml.RESOURCE);
            // the web module's sessions live in the data grid (web.xml says distributable): a session outlives its instance
            domain.remote("deploy", "--target", GROUP, "--availabilityenabled=true", "--force=true", "--name", PayaraDomain.APPLICATION, ear.toString());
            List<Thread> logs = !showLogs ? List.<Thread>of()
                    : members.stream().map(member -> RegistryServer.startLogTail(serverLog(member), "[" + member.name() + "] ")).toList();
            System.out.println("Starting " + members.stream().map(Member::name).collect(Collectors.joining(" and ")) + " at once");
            members.stream().map(member -> CompletableFuture.runAsync(() -> startInstance(member))).toList().forEach(CompletableFuture::join);
            Balancer.start(haproxy, domain.directory(), balancerPort, members);
            RegistryServer.awaitReadiness("http://localhost:" + balancerPort + "/health/ready", domain::isRunning);
            return logs;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("The registry's cluster did not start: " + cause.getMessage());
            stopAll();
            throw new IllegalStateException("The registry's cluster did not start: " + cause.getMessage(), cause);
        }
    }

    /** Starts one instance (its JVM gets the registry's environment) and waits until the registry there is ready. */
    private void startInstance(Member member) {
        domain.remote(serverEnvironment, "start-local-instance", "--node", domain.localNode(), "--nodedir", domain.nodesDirectory().toString(),
                member.name());
        RegistryServer.awaitReadiness("http://localhost:" + member.httpPort() + "/health/ready", () -> isRunning(member));
    }

    private Path instanceDirectory(Member member) {
        return domain.nodesDirectory().resolve(domain.localNode()).resolve(member.name());
    }

    private Path serverLog(Member member) {
        return instanceDirectory(member).resolve("logs/server.log");
    }

    private boolean isRunning(Member member) {
        try {
            long pid = Long.parseLong(Files.readString(instanceDirectory(member).resolve("config/pid")).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private boolean logLine(Member member, String text) {
        try (Stream<String> lines = Files.lines(serverLog(member))) {
            return lines.anyMatch(line -> line.contains(text));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The balancer, then each instance, then the DAS; whatever of it runs. */
    private void stopAll() {
        Balancer.stop(domain.directory());
        for (Member member : members) {
            if (isRunning(member)) {
                System.out.println("Stopping " + member.name() + "…");
                try {
                    domain.stopInstance(member.name());
                } catch (RuntimeException e) {
                    System.err.println(e.getMessage());
                }
            }
        }
        domain.stopIfRunning("Stopping the domain's administration server…");
    }

    /** The stop after the tests, in a process of its own: nothing of the start's is known but where it lives. */
    private static void stop(Map<String, String> options) {
        var domain = RegistryServer.domain(options);
        Balancer.stop(domain.directory());
        Path node = domain.nodesDirectory().resolve(domain.localNode());
        if (Files.isDirectory(node)) {
            try (Stream<Path> instances = Files.list(node)) {
                for (Path instance : instances.filter(Files::isDirectory).filter(dir -> Files.exists(dir.resolve("config/pid"))).toList()) {
                    try {
                        domain.stopInstance(instance.getFileName().toString());
                    } catch (RuntimeException e) {
                        System.err.println(e.getMessage());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (domain.isRunning()) {
            domain.stop();
        }
    }

    private void refuseBusyPorts() {
        var ports = new ArrayList<>(List.of(balancerPort, domain.adminPort()));
        members.forEach(member -> ports.add(member.httpPort()));
        RegistryServer.refuseBusyPorts(ports);
    }
}
