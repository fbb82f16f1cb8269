package org.wic.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client for black-box tests of the deployed registry: what any client of the API
 * would send and see. The base URL is the test domain's (system property {@code registry.base-url}).
 */
public final class RegistryHttp {

    public static final URI BASE = URI.create(System.getProperty("registry.base-url", "http://localhost:28080"));
    private static final Pattern NEXT_LINK = Pattern.compile("<https?://[^/]+([^>]+)>;\\s*rel=\"next\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final List<String> defaultHeaders;

    private RegistryHttp(URI base, List<String> defaultHeaders) {
        this.base = base;
        this.defaultHeaders = defaultHeaders;
    }

    /** The deployed registry, anonymously. */
    public static RegistryHttp registry() {
        return new RegistryHttp(BASE, List.of());
    }

    /** Another application in the test domain (an Arquillian deployment). */
    public static RegistryHttp at(URI base) {
        return new RegistryHttp(base, List.of());
    }

    /** The same client, sending these credentials with every request. */
    public RegistryHttp as(Credentials credentials) {
        return new RegistryHttp(base, List.of(credentials.header(), credentials.value()));
    }

    public Answer post(String path, String json, String... headers) {
        return send("POST", path, "application/json", json, headers);
    }

    public Answer put(String path, String json, String... headers) {
        return send("PUT", path, "application/json", json, headers);
    }

    /** A JSON merge patch ({@code application/merge-patch+json}). */
    public Answer patch(String path, String json, String... headers) {
        return send("PATCH", path, "application/merge-patch+json", json, headers);
    }

    public Answer delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    public Answer get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Answer send(String method, String path, String contentType, String body, String... headers) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!defaultHeaders.isEmpty()) {
            request.headers(defaultHeaders.toArray(String[]::new));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Answer(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** The path and query of the {@code Link: <…>; rel="next"} header, while a next page exists. */
        public Optional<String> nextPath() {
            return header("Link").map(link -> NEXT_LINK.matcher(link)).filter(Matcher::find).map(matcher -> matcher.group(1));
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }
}
