package org.wic.registry.api.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.idempotency.IdempotencyKey;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the parameters every collection shares mean, said once: a record's key in a path (by its
 * collection: {@code applications/{id}} is an application's id) and the Idempotency-Key and
 * X-Tracking-Token headers. A resource method's {@code @PathParam("id") long id} then needs no
 * annotation of its own; one that says something else keeps its {@code @Parameter}.
 */
final class ParameterDocs {

    private record Doc(String description, String example) {
    }

    private static final Map<String, Doc> PATH_KEYS = Map.ofEntries(
            Map.entry("applications/{id}", new Doc("Application id", "1050")),
            Map.entry("members/{number}", new Doc("Member number", "WIC-000123")),
            Map.entry("contacts/{id}", new Doc("Contact id", "4150")),
            Map.entry("users/{username}", new Doc("Username", "m.okafor")),
            Map.entry("webhooks/{id}", new Doc("The webhook's id", "7")),
            Map.entry("tiers/{code}", new Doc("Tier code", "FULL")),
            Map.entry("api-keys/{id}", new Doc("The key's id", "51")),
            Map.entry("dues-runs/{id}", new Doc("Run id", "3")),
            Map.entry("payments/{id}", new Doc("Payment id", "88")),
            Map.entry("invoices/{number}", new Doc("Invoice number", "2026-000123")),
            Map.entry("continents/{code}", new Doc("Continent code: AF, AN, AS, EU, NA, OC or SA", "EU")),
            Map.entry("countries/{code}", new Doc("Alpha-2 or alpha-3 code", "FR")));
    private static final Map<String, Doc> HEADERS = Map.of(
            IdempotencyKey.HEADER.toLowerCase(Locale.ROOT), new Doc(IdempotentCreations.KEY_DESCRIPTION, "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41"),
            "x-tracking-token", new Doc("The applicant's tracking token, from the answer to the submission", null));

    private ParameterDocs() {
    }

    static void apply(OpenAPI openAPI) {
        Operations.each(openAPI, (path, method, operation) -> Operations.parameters(operation).stream()
                .filter(parameter -> parameter.getRef() == null && parameter.getDescription() == null)
                .forEach(parameter -> doc(path, parameter).ifPresent(doc -> {
                    parameter.setDescription(doc.description());
                    Optional.ofNullable(doc.example()).filter(example -> parameter.getExample() == null).ifPresent(parameter::setExample);
                })));
    }

    private static Optional<Doc> doc(String path, Parameter parameter) {
        if (parameter.getIn() == Parameter.In.HEADER) {
            return Optional.ofNullable(HEADERS.get(parameter.getName().toLowerCase(Locale.ROOT)));
        }
        if (parameter.getIn() != Parameter.In.PATH) {
            return Optional.empty();
        }
        String placeholder = "{" + parameter.getName() + "}";
        int at = path.indexOf("/" + placeholder);
        if (at < 0) {
            return Optional.empty();
        }
        String collection = path.substring(path.lastIndexOf('/', at - 1) + 1, at);
        return Optional.ofNullable(PATH_KEYS.get(collection + "/" + placeholder));
    }
}
