package org.wic.registry.bench;

import io.gatling.app.Gatling$;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One Gatling run of {@link LoadSimulation}, its HTML report under the results folder, its figures per request name. */
final class GatlingRun {

    /** What Gatling measured of one named request: the 99th percentile (ms) and the mean throughput (requests/s). */
    record Figures(long p99Millis, double requestsPerSecond, long requests, long failed) {
    }

    private static final String STATS = "js/stats.js";
    private static final Pattern NAME = Pattern.compile("name: \"([^\"]+)\"");

    private GatlingRun() {
    }

    /**
     * @param label    names the run's report folder
     * @param requests request names and their paths, sent in this order by every user
     */
    static Map<String, Figures> run(Path results, String label, String baseUrl, Map<String, String> requests, int users, int seconds, int memberMax)
            throws IOException {
        System.setProperty(LoadSimulation.BASE_URL, baseUrl);
        System.setProperty(LoadSimulation.REQUESTS, String.join(";", requests.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        System.setProperty(LoadSimulation.USERS, String.valueOf(users));
        System.setProperty(LoadSimulation.SECONDS, String.valueOf(seconds));
        System.setProperty(LoadSimulation.MEMBER_MAX, String.valueOf(memberMax));
        Files.createDirectories(results);
        // Gatling's own command line, in this JVM (its main() would exit the JVM)
        int exit = Gatling$.MODULE$.fromArgs(new String[] {"--simulation", LoadSimulation.class.getName(), "--results-folder", results.toString(),
                "--run-description", label, "--launcher", "maven"});
        if (exit != 0) {
            throw new IllegalStateException("Gatling run " + label + " exited with " + exit);
        }
        Path report = newestReport(results);
        Files.move(report, report.resolveSibling(label + "-" + report.getFileName()));
        return figures(report.resolveSibling(label + "-" + report.getFileName()).resolve(STATS));
    }

    private static Path newestReport(Path results) throws IOException {
        try (Stream<Path> folders = Files.list(results)) {
            return folders.filter(Files::isDirectory).filter(folder -> Files.exists(folder.resolve(STATS)))
                    .filter(folder -> folder.getFileName().toString().startsWith("loadsimulation"))
                    .max(Comparator.comparing(folder -> folder.toFile().lastModified())).orElseThrow(() -> new IllegalStateException(
                            "Gatling wrote no report under " + results));
        }
    }

    /** The report's js/stats.js (a script, not JSON): each request's block, read for the four figures. */
    private static Map<String, Figures> figures(Path statsJs) throws IOException {
        String stats = Files.readString(statsJs);
        var figures = new LinkedHashMap<String, Figures>();
        for (String block : stats.split("type: \"REQUEST\",")) {
            Matcher name = NAME.matcher(block);
            if (block == stats || !name.find()) {
                continue; // what comes before the first request: all requests together
            }
            figures.put(name.group(1), new Figures(Long.parseLong(total(block, "percentiles4")),
                    Double.parseDouble(total(block, "meanNumberOfRequestsPerSecond")), Long.parseLong(total(block, "numberOfRequests")),
                    Long.parseLong(value(block, "numberOfRequests", "ko").replace("-", "0"))));
        }
        return figures;
    }

    private static String total(String block, String figure) {
        return value(block, figure, "total");
    }

    private static String value(String block, String figure, String part) {
        Matcher value = Pattern.compile("\"" + figure + "\": \\{[^}]*?\"" + part + "\": \"([^\"]*)\"").matcher(block);
        if (!value.find()) {
            throw new IllegalStateException("no " + figure + " " + part + " in Gatling's stats.js");
        }
        return value.group(1);
    }
}
