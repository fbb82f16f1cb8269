package org.wic.registry.it.openapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.ContractCheck;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation the served OpenAPI document names, as anonymous, as a representative and as the
 * secretariat, with hostile input: malformed JSON, wrong types, 10 000-character strings, NUL and
 * bidi characters, huge and negative numbers, unknown enum values, unknown fields, over-long path
 * parameters and a 2 MiB body. No answer may be a 5xx, every error must be problem+json, and no body
 * may carry a stack trace, a class name or SQL. The requests name objects that do not exist, so the
 * sweep changes nothing that other tests hold.
 */
class HostileSweepIT {

    private static final String LONG = "x".repeat(10_000);
    private static final String NUL = "nul\u0000byte";
    private static final String BIDI = "evil\u202egnp.exe";
    private static final byte[] TWO_MIB = ("{\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)exception|\\bat [a-z]+\\.[a-z]+\\.|sqlstate|\\bselect\\s|\\binsert\\s+into|eclipselink|jdbc|glassfish|org\\.wic|java\\.lang");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private JsonObject document;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int refusedBeforeTheRegistry;
    private int requests;

    @Test
    void noHostileRequestGetsA5xxOrAnythingButAPlainProblem() {
        document = openApi();
        Map<String, Optional<Credentials>> callers = new LinkedHashMap<>();
        callers.put("anonymous", Optional.empty());
        callers.put("representative", Optional.of(Identities.newRepresentative(Members.shared())));
        callers.put("secretariat", Optional.of(Identities.admin()));

        JsonObject paths = document.getJsonObject("paths");
        for (String template : paths.keySet()) {
            JsonObject operations = paths.getJsonObject(template);
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (operations.containsKey(method)) {
                    JsonObject operation = operations.getJsonObject(method);
                    callers.forEach((who, credentials) -> sweep(method.toUpperCase(), template, operation, who, credentials));
                }
            }
        }

        System.out.printf("Hostile sweep: %d requests; by status %s; %d refused by Payara before the registry (dot-segments out of /api)%n",
                requests, statuses, refusedBeforeTheRegistry);
        assertThat(requests).as("requests sent").isGreaterThanOrEqualTo(1000);
        assertThat(failures).as("answers that were not a plain 2xx/3xx or problem+json 4xx, or that the OpenAPI document does not allow").isEmpty();
    }

    private void sweep(String method, String template, JsonObject operation, String who, Optional<Credentials> credentials) {
        List<JsonObject> parameters = parameters(operation);
        Optional<String> mediaType = operation.containsKey("requestBody")
                ? operation.getJsonObject("requestBody").getJsonObject("content").keySet().stream().findFirst() : Optional.empty();
        String path = path(template, parameters, Optional.empty());

        // path parameters: over-long, hostile, out of range
        for (String hostile : List.of("y".repeat(5000), "-1", "99999999999999999999", "%E2%80%AE", "..%2F..%2F", "%20", "1e999999999")) {
            send(who, credentials, method, path(template, parameters, Optional.of(hostile)), mediaType.orElse(null), body(mediaType, "{}"), false);
        }
        // query parameters, one hostile value each
        for (JsonObject parameter : parameters) {
            if (parameter.getString("in").equals("query")) {
                for (String hostile : List.of(LONG, NUL, BIDI, "-5", "1e999999999", "99999999999999999999", "NOT_A_VALUE", "")) {
                    send(who, credentials, method, path + "?" + parameter.getString("name") + "=" + encode(hostile), mediaType.orElse(null),
                            body(mediaType, "{}"), false);
                }
            }
        }
        // headers the operation reads
        send(who, credentials, method, path, mediaType.orElse(null), body(mediaType, "{}"), false,
                "If-Match", "W/\"garbage\", \"" + LONG.substring(0, 500) + "\"", "Idempotency-Key", "k".repeat(300), "X-Tracking-Token", "trk_" + "z".repeat(500));
        if (mediaType.isEmpty()) {
            if (!method.equals("GET") && !method.equals("DELETE")) { // the HTTP layer itself refuses a body on these, before the registry
                send(who, credentials, method, path, "application/json", "{\"unexpected\": \"body\"}".getBytes(StandardCharsets.UTF_8), false);
            }
            return;
        }
        String type = mediaType.get();
        if (type.equals("text/csv")) {
            for (String file : List.of("not,a\nmembers,file", "number,legalName\n\u0000,\u202e", "\"unterminated", "")) {
                send(who, credentials, method, path, type, file.getBytes(StandardCharsets.UTF_8), false);
            }
            send(who, credentials, method, path, type, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41}, false);
            return;
        }
        JsonObject schema = resolve(operation.getJsonObject("requestBody").getJsonObject("content").getJsonObject(type).getJsonObject("schema"));
        for (String malformed : List.of("{\"a\":", "[]", "\"text\"", "null", "{\"a\": 1e999999999}", "{\"a\": NaN}")) {
            send(who, credentials, method, path, type, malformed.getBytes(StandardCharsets.UTF_8), false);
        }
        send(who, credentials, method, path, type, TWO_MIB, true);
        for (String variant : bodies(schema)) {
            send(who, credentials, method, path, type, variant.getBytes(StandardCharsets.UTF_8), false);
        }
    }

    /** Bodies built from the request's schema, each with one kind of hostility in every field it can take. */
    private List<String> bodies(JsonObject schema) {
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
        var variants = new ArrayList<String>();
        for (String kind : List.of("wrongType", "long", "nul", "bidi", "huge", "negative", "enum", "unknownField", "nested")) {
            var body = Json.createObjectBuilder();
            for (String name : properties.keySet()) {
                body.add(name, value(resolve(properties.getJsonObject(name)), kind));
            }
            if (kind.equals("unknownField")) {
                body.add("role", "SECRETARIAT").add("id", 1);
            }
            variants.add(body.build().toString());
        }
        return variants;
    }

    private JsonValue value(JsonObject schema, String kind) {
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        boolean isEnum = schema.containsKey("enum");
        return switch (kind) {
            case "wrongType" -> type.equals("string") ? Json.createValue(12345) : Json.createValue("not a " + type);
            case "long" -> type.equals("string") ? Json.createValue(LONG) : ordinary(schema, type);
            case "nul" -> type.equals("string") ? Json.createValue(NUL) : ordinary(schema, type);
            case "bidi" -> type.equals("string") ? Json.createValue(BIDI) : ordinary(schema, type);
            case "huge" -> type.equals("integer") || type.equals("number") ? Json.createValue(new java.math.BigDecimal("9e999"))
                    : type.equals("string") ? Json.createValue("1e999999999") : ordinary(schema, type);
            case "negative" -> type.equals("integer") || type.equals("number") ? Json.createValue(-99999999999L)
                    : type.equals("string") ? Json.createValue("-1") : ordinary(schema, type);
            case "enum" -> isEnum || type.equals("string") ? Json.createValue("NOT_A_VALUE") : ordinary(schema, type);
            case "nested" -> Json.createArrayBuilder().add(Json.createArrayBuilder().add(JsonValue.NULL)).build();
            default -> ordinary(schema, type);
        };
    }

    private JsonValue ordinary(JsonObject schema, String type) {
        return switch (type) {
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.TRUE;
            case "array" -> Json.createArrayBuilder().add("x").build();
            case "object" -> {
                var object = Json.createObjectBuilder();
                if (schema.containsKey("properties")) {
                    schema.getJsonObject("properties").keySet().forEach(name -> object.add(name, "x"));
                }
                yield object.build();
            }
            default -> Json.createValue("x");
        };
    }

    private void send(String who, Optional<Credentials> credentials, String method, String path, String contentType, byte[] body,
                      boolean expectContinue, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(RegistryHttp.BASE + path)).timeout(Duration.ofSeconds(30)).expectContinue(expectContinue)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        credentials.ifPresent(given -> request.header(given.header(), given.value()));
        if (contentType != null && body != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        String what = who + " " + method + " " + abbreviated(path) + (body == null ? "" : " (" + body.length + " bytes " + contentType + ")");
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> answer = sendOnce(sent);
            requests++;
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            if (climbsOutOfTheApi(path) && answer.statusCode() == 400 && answer.body().isEmpty()) {
                refusedBeforeTheRegistry++; // Payara's own refusal: no application is reached, so none can answer a problem
                return;
            }
            check(what, answer);
            try {
                ContractCheck.served().verify(new ContractCheck.Exchange(method, path, sent.headers(),
                        body == null ? null : new String(body, StandardCharsets.UTF_8), answer.statusCode(), answer.headers(), answer.body()));
            } catch (ContractCheck.ContractViolation violation) {
                failures.add(what + ": " + violation.getMessage());
            }
        } catch (IOException e) {
            failures.add(what + ": no answer (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request on a connection the server had just closed (after a 413, say) is sent once more, on a new one. */
    /**
     * Whether the path's dot-segments (the encoded slashes decoded) lead out of the API's context
     * root {@code /api}, to {@code /} (where the pages' web module is): Payara maps such a request to
     * {@code /api} and then refuses it with a bare 400, before the API or the pages see it.
     */
    static boolean climbsOutOfTheApi(String path) {
        var segments = new java.util.ArrayDeque<String>();
        for (String segment : path.split("\\?")[0].replaceAll("(?i)%2F", "/").split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return path.contains("..") && !"api".equals(segments.peekFirst());
    }

    private static HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedUnderfoot) {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private void check(String what, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(what + ": " + status + " " + abbreviated(answer.body()));
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " as " + type + " " + abbreviated(answer.body()));
        } else if (status >= 400 && INTERNALS.matcher(answer.body()).find()) {
            failures.add(what + ": " + status + " tells of the server's internals: " + abbreviated(answer.body()));
        }
    }

    private String path(String template, List<JsonObject> parameters, Optional<String> hostile) {
        String path = template;
        for (JsonObject parameter : parameters) {
            if (parameter.getString("in").equals("path")) {
                String name = parameter.getString("name");
                String type = resolve(parameter.getJsonObject("schema")).getString("type", "string");
                String harmless = type.equals("integer") ? "987654321" : name.equals("number") && template.startsWith("/api/v1/members") ? "WIC-999998"
                        : name.equals("number") ? "2099-999998" : "NO-SUCH-" + name.toUpperCase();
                path = path.replace("{" + name + "}", hostile.orElse(harmless));
            }
        }
        return path;
    }

    private List<JsonObject> parameters(JsonObject operation) {
        if (!operation.containsKey("parameters")) {
            return List.of();
        }
        return operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream().map(this::resolve).toList();
    }

    /** A schema or parameter, with a {@code $ref} to the document's components followed. */
    private JsonObject resolve(JsonObject node) {
        if (node == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (node.containsKey("$ref")) {
            JsonValue target = document;
            for (String part : node.getString("$ref").substring(2).split("/")) {
                target = target.asJsonObject().get(part);
            }
            return resolve(target.asJsonObject());
        }
        if (node.containsKey("allOf")) {
            var merged = Json.createObjectBuilder();
            var properties = Json.createObjectBuilder();
            for (JsonValue part : node.getJsonArray("allOf")) {
                JsonObject resolved = resolve(part.asJsonObject());
                if (resolved.containsKey("properties")) {
                    resolved.getJsonObject("properties").forEach(properties::add);
                }
            }
            return merged.add("type", "object").add("properties", properties).build();
        }
        return node;
    }

    private static byte[] body(Optional<String> mediaType, String json) {
        return mediaType.filter(type -> !type.equals("text/csv")).map(type -> json.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static JsonObject openApi() {
        try (var reader = Json.createReader(new StringReader(ContractCheck.servedDocument(RegistryHttp.BASE)))) {
            return reader.readObject();
        }
    }
}
