package org.wic.registry.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The contract check every black-box request goes through: the request and its answer against the
 * OpenAPI document the registry serves (Atlassian's swagger-request-validator), plus the answer's
 * headers against the ones the document names for that status. A violation fails the test that saw
 * it ({@link ContractViolation}):
 * <ul>
 * <li>an answer with an undocumented status, an undocumented header, a field the schema does not
 *     name, a field of the wrong type or a missing required one;</li>
 * <li>a request the document forbids that the registry nevertheless accepted (2xx or 3xx): the tests
 *     send bad requests on purpose, and a refusal of one (4xx) is what the document promises.</li>
 * </ul>
 */
public final class ContractCheck {

    /**
     * Headers of HTTP itself or of the server's security policy, on every answer whatever the
     * operation; the document describes the API's own.
     */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("content-type", "content-length", "date", "connection",
            "keep-alive", "transfer-encoding", "content-encoding", "vary", "cache-control", "pragma", "expires",
            "strict-transport-security", "x-content-type-options", "x-frame-options", "content-security-policy", "referrer-policy",
            "permissions-policy", "cross-origin-opener-policy", "cross-origin-resource-policy", "cross-origin-embedder-policy");
    private static final String API_PATHS = "/api/";
    private static final String ENCODED_SLASH = "%2F";
    private static final String IGNORED_BODY = "validation.request.body.unexpected";
    /** The validator's keys for a request to no documented operation. */
    private static final Set<String> UNDESCRIBED = Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^}/]+}");

    private static final Path VIOLATIONS = Path.of("target", "contract-violations.txt");
    private static volatile ContractCheck served;

    private final OpenApiInteractionValidator validator;
    private final Map<Pattern, String> templates;
    private final OpenAPI document;

    private ContractCheck(String json) {
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(json).build();
        var options = new ParseOptions();
        options.setResolve(true);
        document = new OpenAPIParser().readContents(json, null, options).getOpenAPI();
        templates = new LinkedHashMap<>();
        document.getPaths().keySet().stream()
                // the most specific template first: /invoices/{number}.pdf before /invoices/{number}
                .sorted(Comparator.comparingInt((String template) -> TEMPLATE_PARAMETER.matcher(template).replaceAll("").length()).reversed())
                .forEach(template -> templates.put(Pattern.compile(Arrays.stream(TEMPLATE_PARAMETER.split(template, -1))
                        .map(Pattern::quote).collect(Collectors.joining("[^/]+"))), template));
    }

    /** The check against this document (JSON). */
    static ContractCheck of(String json) {
        return new ContractCheck(json);
    }

    /** The check against the document the test server serves at /openapi, read once. */
    public static ContractCheck served() {
        if (served == null) {
            synchronized (ContractCheck.class) {
                if (served == null) {
                    served = of(servedDocument(RegistryHttp.BASE));
                }
            }
        }
        return served;
    }

    /** The JSON document the registry at {@code base} serves. */
    public static String servedDocument(URI base) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/openapi"))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET /openapi answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One exchange, as the client saw it; path and query as the document's paths give them (from the server's root). */
    public record Exchange(String method, String pathAndQuery, HttpHeaders requestHeaders, String requestBody,
                           int status, HttpHeaders responseHeaders, String responseBody) {
    }

    /**
     * Throws {@link ContractViolation} when the exchange breaks the document, and writes it to
     * target/contract-violations.txt; with {@code -Dregistry.contract=report} it only writes it, so one
     * run of the suite lists every violation.
     */
    public void verify(Exchange exchange) {
        List<String> violations = violations(exchange);
        if (!violations.isEmpty()) {
            String report = exchange.method() + " " + exchange.pathAndQuery() + " → " + exchange.status() + " breaks the OpenAPI document:\n  - "
                    + String.join("\n  - ", violations) + "\n  answer: " + abbreviated(exchange.responseBody());
            record(report);
            if (!"report".equals(System.getProperty("registry.contract"))) {
                throw new ContractViolation(report);
            }
        }
    }

    private static synchronized void record(String report) {
        try {
            Files.writeString(VIOLATIONS, report + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> violations(Exchange exchange) {
        URI uri = URI.create(exchange.pathAndQuery());
        String path = uri.getRawPath();
        if (!path.startsWith(API_PATHS) || path.toUpperCase(Locale.ROOT).contains(ENCODED_SLASH)) {
            // /openapi, /health, the pages: not the API the document describes; nor is a path whose
            // encoded slashes the server decodes (..%2F..%2F leads anywhere, the pages included)
            return List.of();
        }
        Request.Method method = Request.Method.valueOf(exchange.method().toUpperCase(Locale.ROOT));
        var violations = new ArrayList<String>();

        ValidationReport request = validator.validateRequest(request(method, path, uri.getRawQuery(), exchange));
        if (hasErrors(request) && exchange.status() < 400) {
            violations.add("the registry accepted (" + exchange.status() + ") a request the document forbids: " + messages(request));
        }
        Optional<ApiResponse> documented = documentedResponse(path, method, exchange.status());
        if (documented.isEmpty() && exchange.status() >= 400 && exchange.status() != 500
                && request.getMessages().stream().anyMatch(message -> UNDESCRIBED.contains(message.getKey()))) {
            return violations; // a path or method the document does not have, refused (404, 405): no operation to hold the answer to
        }
        ValidationReport response = validator.validateResponse(path, method, response(exchange));
        if (response.hasErrors()) {
            violations.add(messages(response));
        }
        documented.ifPresent(answer -> {
            Set<String> named = answer.getHeaders() == null ? Set.of()
                    : answer.getHeaders().keySet().stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            var undocumented = new TreeSet<String>();
            exchange.responseHeaders().map().keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
                    .filter(name -> !named.contains(name) && !TRANSPORT_HEADERS.contains(name) && !name.startsWith(":"))
                    .forEach(undocumented::add);
            if (!undocumented.isEmpty()) {
                violations.add("headers the document does not name for " + exchange.status() + ": " + undocumented);
            }
        });
        return violations;
    }

    private static Request request(Request.Method method, String path, String rawQuery, Exchange exchange) {
        var request = new SimpleRequest.Builder(method, path);
        exchange.requestHeaders().map().forEach(request::withHeader);
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
            request.withBody(exchange.requestBody());
        }
        if (rawQuery != null && !rawQuery.isEmpty()) {
            var parameters = new LinkedHashMap<String, List<String>>();
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                if (equals < 0 || equals == pair.length() - 1) {
                    // an empty value is the parameter left out (the document's allowEmptyValue), which the
                    // validator honours for text only
                    continue;
                }
                String name = decoded(pair.substring(0, equals));
                parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(decoded(pair.substring(equals + 1)));
            }
            parameters.forEach(request::withQueryParam);
        }
        return request.build();
    }

    private static SimpleResponse response(Exchange exchange) {
        var response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().map().forEach(response::withHeader);
        if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
            response.withBody(exchange.responseBody());
        }
        return response.build();
    }

    /** The document's answer for this status (or its default), when it documents the operation at all. */
    private Optional<ApiResponse> documentedResponse(String path, Request.Method method, int status) {
        return templates.entrySet().stream().filter(entry -> entry.getKey().matcher(path).matches()).findFirst()
                .map(entry -> document.getPaths().get(entry.getValue()))
                .map(item -> item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name())))
                .map(Operation::getResponses)
                .flatMap(responses -> Optional.ofNullable(responses.get(String.valueOf(status))).or(() -> Optional.ofNullable(responses.getDefault())));
    }

    /** A body sent to an operation that takes none is ignored, as HTTP allows: no error of the request. */
    private static boolean hasErrors(ValidationReport request) {
        return request.getMessages().stream().anyMatch(message -> message.getLevel() == ValidationReport.Level.ERROR && !IGNORED_BODY.equals(message.getKey()));
    }

    private static String messages(ValidationReport report) {
        return report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR && !IGNORED_BODY.equals(message.getKey()))
                .map(message -> "[" + message.getKey() + "] " + message.getMessage() + message.getNestedMessages().stream()
                        .map(nested -> " / " + nested).collect(Collectors.joining()))
                .collect(Collectors.joining("\n  - "));
    }

    private static String decoded(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

    /** An exchange that breaks the served OpenAPI document. */
    public static final class ContractViolation extends AssertionError {
        ContractViolation(String message) {
            super(message);
        }
    }
}
