package org.wic.registry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./mvnw -Pbench}: imports members into a fresh registry on PostgreSQL, then measures each
 * figure of issue 16's table beside its floor in the same run and prints one line per figure with
 * the ratio, and the server's heap after a full collection. Nothing is asserted.
 */
public final class Benchmark {

    private static final String DIRECTORY = "/api/v1/members?continent=EU&limit=50";
    private static final String CONTINENT = "/api/v1/continents/EU";
    private static final String STATISTICS = "/api/v1/statistics/members";
    private static final int STATISTICS_ROUNDS = 10;

    private final Options options;
    private final BenchServer server;
    private final BenchDatabase database;
    private final Path work;
    private final Path gatling;
    private final List<String> report = new ArrayList<>();

    private Benchmark(Options options) {
        this.options = options;
        this.server = new BenchServer(options);
        this.database = new BenchDatabase(options.text("database-url"));
        this.work = options.path("work-dir");
        this.gatling = work.resolve("gatling");
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(Options.parse(args)).run();
    }

    private void run() throws Exception {
        int members = options.number("members");
        int first = members >= 2_000 ? 1_000 : members / 2;
        Path firstFile = MemberFile.write(work.resolve("bench-members-first.csv"), 1, first, 1);
        Path restFile = MemberFile.write(work.resolve("bench-members-rest.csv"), first + 1, members - first, 2);
        database.recreate();
        server.start();
        try {
            measure(first, firstFile, members - first, restFile);
        } finally {
            server.stop();
        }
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", Java " + System.getProperty("java.version");
        var lines = new ArrayList<String>();
        lines.add("");
        lines.add("==> WIC registry benchmark, " + members + " members on PostgreSQL (" + machine + "); each figure beside its floor, same run");
        report.forEach(line -> lines.add("    " + line));
        lines.add("    Gatling's reports (latency charts): " + gatling);
        lines.add("");
        lines.forEach(System.out::println);
        Files.write(work.resolve("bench-results.txt"), lines);
    }

    private void measure(int first, Path firstFile, int rest, Path restFile) throws Exception {
        var client = new RegistryClient(server.baseUrl());
        int seconds = options.number("load-seconds");
        int users = options.number("users");
        double firstImport = timed(() -> client.importMembers(firstFile));
        say("imported the first " + first + " members in " + format(firstImport) + " s");

        Map<String, String> directoryLoad = new LinkedHashMap<>();
        directoryLoad.put("directory", DIRECTORY);
        directoryLoad.put("continent", CONTINENT);
        GatlingRun.run(gatling, "warm-up", server.baseUrl(), directoryLoad, users, Math.max(5, seconds / 2), first); // JIT and pools, not reported
        Map<String, GatlingRun.Figures> small = GatlingRun.run(gatling, "directory-at-" + first, server.baseUrl(), directoryLoad, users, seconds, first);

        double imported = timed(() -> client.importMembers(restFile));
        double copy = database.copySeconds(restFile);
        figure("members CSV import, " + rest + " members", imported, "s", "COPY of the same file into a table", copy, "≤ 3×");
        figure("  of which the POST (file sent and staged, until the 202)", client.lastStagingSeconds(), "s", "COPY of the same file into a table",
                copy, "-");

        int members = first + rest;
        Map<String, GatlingRun.Figures> large = GatlingRun.run(gatling, "directory-at-" + members, server.baseUrl(), directoryLoad, users, seconds, members);
        figure("directory page (continent filter, 50 rows) p99 at " + members + " members", large.get("directory").p99Millis(), "ms",
                "the same at " + first + " members", small.get("directory").p99Millis(), "≤ 1.5×");
        figure("directory page p99 at " + members + " members", large.get("directory").p99Millis(), "ms",
                "GET " + CONTINENT + " p99, same load", large.get("continent").p99Millis(), "≤ 3×");

        double raw = 0;
        double changed = 0;
        double unchanged = 0;
        for (int round = 1; round <= STATISTICS_ROUNDS; round++) {
            client.touch("WIC-%06d".formatted(round), round);
            changed += client.getSeconds(STATISTICS);
            unchanged += client.getSeconds(STATISTICS);
            raw += database.membershipGroupBysSeconds();
        }
        figure("GET " + STATISTICS + " after a change (mean of " + STATISTICS_ROUNDS + ")", 1000 * changed / STATISTICS_ROUNDS, "ms",
                "the five raw GROUP BY queries", 1000 * raw / STATISTICS_ROUNDS, "≤ 2×");
        figure("GET " + STATISTICS + " unchanged (mean of " + STATISTICS_ROUNDS + ")", 1000 * unchanged / STATISTICS_ROUNDS, "ms",
                "the five raw GROUP BY queries", 1000 * raw / STATISTICS_ROUNDS, "≤ 2×");

        Map<String, GatlingRun.Figures> member = GatlingRun.run(gatling, "member", server.baseUrl(), Map.of("member", "/api/v1/members/#{member}"),
                users, seconds, members);
        Map<String, GatlingRun.Figures> continent = GatlingRun.run(gatling, "continent", server.baseUrl(), Map.of("continent", CONTINENT), users,
                seconds, members);
        figure("GET /api/v1/members/{number} throughput", member.get("member").requestsPerSecond(), "req/s",
                "GET " + CONTINENT + " throughput", continent.get("continent").requestsPerSecond(), "≥ 0.6");

        int year = LocalDate.now().getYear() + 1;
        long[] issued = new long[1];
        double dues = timed(() -> issued[0] = client.duesRun(year));
        double duesFloor = database.duesFloorSeconds(year);
        figure("dues run for " + year + ", " + issued[0] + " invoices", dues, "s", "one INSERT ... SELECT of the same invoices", duesFloor, "≤ 3×");

        report.add("server heap after a full GC, " + members + " members, all of the above done: " + server.heapAfterFullGc());
        report.add("failed requests under load: " + List.of(small, large, member, continent).stream().flatMap(run -> run.values().stream())
                .mapToLong(GatlingRun.Figures::failed).sum());
    }

    private void figure(String what, double value, String unit, String floorName, double floor, String goal) {
        String line = String.format(Locale.ROOT, "%-70s %10s %-5s | floor: %-45s %10s %-5s | ratio %6.2f | goal %s", what, format(value), unit,
                floorName, format(floor), unit, value / floor, goal);
        report.add(line);
        say(line);
    }

    private static void say(String line) {
        System.out.println("[bench] " + line);
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3f", value);
    }

    private interface Step {
        void run() throws IOException, InterruptedException;
    }

    private static double timed(Step step) throws IOException, InterruptedException {
        long start = System.nanoTime();
        step.run();
        return BenchDatabase.seconds(start);
    }
}
