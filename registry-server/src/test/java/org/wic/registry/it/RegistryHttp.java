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
 * Every exchange goes through the {@link ContractCheck}: an answer the served OpenAPI document does
 * not allow fails the test that saw it.
 */
public final class RegistryHttp {

    public static final URI BASE = URI.create(System.getProperty("registry.base-url", "http://localhost:28080"));
    private static final Pattern NEXT_LINK = Pattern.compile("<https?://[^/]+([^>]+)>;\\s*rel=\"next\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Where the document's paths start (the EAR serves the API WAR at /api). */
    private static final String API_ROOT = "/api";

    private final URI base;
    private final List<String> defaultHeaders;
    private final boolean contractChecked;

    private RegistryHttp(URI base, List<String> defaultHeaders, boolean contractChecked) {
        this.base = base;
        this.defaultHeaders = defaultHeaders;
        this.contractChecked = contractChecked;
    }

    /** The deployed registry, anonymously. */
    public static RegistryHttp registry() {
        return new RegistryHttp(BASE, List.of(), true);
    }

    /**
     * Another server of the registry (a cluster's instance), or the API deployed on its own by an
     * Arquillian test at {@code /<name>/}: checked against the same document, the deployment's
     * context root standing for /api.
     */
    public static RegistryHttp at(URI base) {
        return new RegistryHttp(base, List.of(), true);
    }

    /** The same client, sending these credentials with every request. */
    public RegistryHttp as(Credentials credentials) {
        return new RegistryHttp(base, List.of(credentials.header(), credentials.value()), contractChecked);
    }

    /** The same client without the contract check, for a resource only a test deploys (the document cannot know it). */
    public RegistryHttp outsideTheDocument() {
        return new RegistryHttp(base, defaultHeaders, false);
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
            HttpRequest sent = request.build();
            HttpResponse<String> response = CLIENT.send(sent, HttpResponse.BodyHandlers.ofString());
            if (contractChecked) {
                ContractCheck.served().verify(new ContractCheck.Exchange(method, documentPath(sent.uri()), sent.headers(), body,
                        response.statusCode(), response.headers(), response.body()));
            }
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request's path and query as the document gives them: from the server's root, a test deployment's context root as /api. */
    private String documentPath(URI uri) {
        String path = uri.getRawPath();
        String contextRoot = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        if (!contextRoot.isEmpty() && path.startsWith(contextRoot + "/")) {
            path = API_ROOT + path.substring(contextRoot.length());
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
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
