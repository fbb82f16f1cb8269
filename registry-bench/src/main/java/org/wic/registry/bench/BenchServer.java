package org.wic.registry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measured registry: started and stopped by registry-server's RegistryServer (as the tests'
 * build does), in a domain of its own, on the benchmark's database, with the heap Payara's domain
 * gives it (-Xmx512m). Rate limits are off: all of the load comes from this one address.
 */
final class BenchServer {

    static final String ADMIN_PASSWORD = "benchmark-only-secret-2026";
    private static final String DOMAIN = "registry-bench";
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Options options;
    private final Path domains;

    BenchServer(Options options) {
        this.options = options;
        this.domains = options.path("work-dir").resolve("payara-domains");
    }

    String baseUrl() {
        return "http://localhost:" + (options.number("port-base") + 80);
    }

    void start() throws IOException, InterruptedException {
        List<String> command = registryServer("start");
        command.addAll(List.of("--port-base=" + options.number("port-base"), "--ear=" + options.text("ear"), "--jdbc-driver=" + options.text("jdbc-driver"),
                "--database=environment", "--env.REGISTRY_ADMIN_PASSWORD=" + ADMIN_PASSWORD, "--env.REGISTRY_DEMO_DATA=false",
                "--env.REGISTRY_RATE_LIMIT_ANONYMOUS=0", "--env.REGISTRY_RATE_LIMIT_ACCOUNT=0", "--env.REGISTRY_RATE_LIMIT_PARTNER=0"));
        run(command, Map.of("REGISTRY_DB_URL", options.text("database-url"), "REGISTRY_DB_USER", "postgres", "REGISTRY_DB_PASSWORD", ""));
    }

    void stop() throws IOException, InterruptedException {
        run(registryServer("stop"), Map.of());
    }

    /** The server's heap after a full collection, and its maximum, in MiB: "123 MiB of 512 MiB". */
    String heapAfterFullGc() throws IOException, InterruptedException {
        String pid = Files.readString(domains.resolve(DOMAIN).resolve("config/pid")).strip();
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        output(List.of(jcmd.toString(), pid, "GC.run"));
        String heap = output(List.of(jcmd.toString(), pid, "GC.heap_info"));
        Matcher used = HEAP_USED.matcher(heap);
        String flags = output(List.of(jcmd.toString(), pid, "VM.flags"));
        Matcher max = Pattern.compile("MaxHeapSize=(\\d+)").matcher(flags);
        return (used.find() ? Long.parseLong(used.group(1)) / 1024 + " MiB" : "? (" + heap.strip() + ")") + " of "
                + (max.find() ? Long.parseLong(max.group(1)) / (1024 * 1024) + " MiB (-Xmx)" : "?");
    }

    private List<String> registryServer(String mode) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "org.wic.registry.server.RegistryServer", mode, "--payara-home=" + options.text("payara-home"), "--domains-dir=" + domains,
                "--domain=" + DOMAIN, "--data-dir=" + options.path("work-dir").resolve("bench-data")));
    }

    private static void run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).inheritIO();
        process.environment().putAll(environment);
        int exit = process.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(3, 5)) + " exited with " + exit);
        }
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes());
        process.waitFor(1, TimeUnit.MINUTES);
        return text;
    }
}
