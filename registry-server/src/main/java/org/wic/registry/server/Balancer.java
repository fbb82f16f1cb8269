package org.wic.registry.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * HAProxy in front of the cluster's instances: round robin for new clients, a browser kept with
 * its instance while that instance is up by the session cookie, which HAProxy prefixes with the
 * instance's name ({@code JSESSIONID=registry-1~…}; its session is in the data grid anyway),
 * instances checked every second on /health/ready, and a request that cannot reach an instance
 * sent to another. It tells the instances the client's address in {@code Proxy-ip}, replacing any
 * a client sent. It runs in the foreground of its own process, its pid beside the domains.
 */
final class Balancer {

    private static final String PID_FILE = "haproxy.pid";

    private Balancer() {
    }

    /** Debian's haproxy, where it installs it (/usr/sbin is not on every user's PATH). */
    static Optional<String> executable() {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")), Stream.of("/usr/sbin", "/usr/local/sbin"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "haproxy"))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }

    static String configuration(int port, List<RegistryCluster.Member> members) {
        String servers = members.stream()
                .map(member -> "    server " + member.name() + " 127.0.0.1:" + member.httpPort() + " check inter 1s fall 2 rise 2 cookie " + member.name())
                .collect(Collectors.joining("\n"));
        return """
                # written by the registry's cluster command; regenerated at every start
                global
                    maxconn 2000

                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 300s
                    # a request whose instance cannot be reached goes to another
                    retries 2
                    option redispatch

                frontend registry
                    bind :%d
                    # the client's address for the instances (rate limits, sign-in throttle), replacing any a client sent;
                    # the other headers Payara would trust from a balancer are a client's forgery here
                    http-request set-header Proxy-ip %%[src]
                    http-request del-header Proxy-keysize
                    http-request del-header Proxy-auth-cert
                    default_backend instances

                backend instances
                    balance roundrobin
                    cookie JSESSIONID prefix nocache
                    option httpchk
                    http-check send meth GET uri /health/ready
                    http-check expect status 200
                %s
                """.formatted(port, servers);
    }

    /** Writes the configuration under {@code directory} and starts HAProxy with it; its output goes to haproxy.log there. */
    static void start(String haproxy, Path directory, int port, List<RegistryCluster.Member> members) {
        try {
            Path config = directory.resolve("haproxy.cfg");
            Files.writeString(config, configuration(port, members));
            Process process = new ProcessBuilder(haproxy, "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("haproxy.log").toFile()).start();
            if (process.waitFor(1, TimeUnit.SECONDS)) {
                throw new IllegalStateException("HAProxy stopped at once (exit " + process.exitValue() + "): see " + directory.resolve("haproxy.log"));
            }
            Files.writeString(directory.resolve(PID_FILE), String.valueOf(process.pid()));
            System.out.println("HAProxy balances http://localhost:" + port + " over " + members.size() + " instances (" + config + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start HAProxy", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ends the HAProxy started under {@code directory}, if it runs. */
    static void stop(Path directory) {
        Path pidFile = directory.resolve(PID_FILE);
        try {
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(process -> {
                    process.destroy();
                    process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(timeout -> null).join();
                });
                Files.delete(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("Cannot stop HAProxy: " + e.getMessage());
        }
    }
}
