package org.wic.registry.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/** The registry's API as the secretariat calls it, for the figures that are one long operation (import, dues run). */
final class RegistryClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    RegistryClient(String base) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + BenchServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Seconds the last import's POST took: the file sent and staged, until the 202. */
    private double lastStaging;

    /** Imports the file and waits until it is written; answers how many members it wrote. */
    long importMembers(Path file) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer = send(request("/api/v1/imports/members").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)));
        lastStaging = BenchDatabase.seconds(start);
        if (answer.statusCode() == 202) { // an import job: follow it to its end
            JsonObject job = await(answer.headers().firstValue("Location").orElseThrow(), "RUNNING");
            if (!job.getString("status").equals("COMPLETED")) {
                throw new IllegalStateException("the import ended " + job);
            }
            return job.getJsonNumber("written").longValue();
        }
        return json(expect(answer, 200)).getInt("members");
    }

    double lastStagingSeconds() {
        return lastStaging;
    }

    /** Starts next year's dues run and waits until it completes; answers how many invoices it issued. */
    long duesRun(int year) throws IOException, InterruptedException {
        HttpResponse<String> answer = expect(send(request("/api/v1/dues-runs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"year\": " + year + "}"))), 202);
        JsonObject run = await(answer.headers().firstValue("Location").orElseThrow(), "RUNNING");
        if (!run.getString("status").equals("COMPLETED")) {
            throw new IllegalStateException("the dues run ended " + run);
        }
        return run.getJsonObject("summary").getJsonNumber("issued").longValue();
    }

    /** Seconds a GET takes, its answer read whole. */
    double getSeconds(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        expect(send(request(path).GET()), 200);
        return BenchDatabase.seconds(start);
    }

    /** Changes a member's description: the directory's change feed moves on. */
    void touch(String number, int round) throws IOException, InterruptedException {
        HttpResponse<String> member = expect(send(request("/api/v1/members/" + number).GET()), 200);
        expect(send(request("/api/v1/members/" + number).header("Content-Type", "application/merge-patch+json")
                .header("If-Match", member.headers().firstValue("ETag").orElseThrow())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"description\": \"Benchmark member, revision " + round + "\"}"))), 200);
    }

    private JsonObject await(String location, String whileStatus) throws IOException, InterruptedException {
        String path = URI.create(base).resolve(location).getPath();
        while (true) {
            JsonObject state = json(expect(send(request(path).GET()), 200));
            if (!state.getString("status").equals(whileStatus)) {
                return state;
            }
            Thread.sleep(50);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(15)).header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
